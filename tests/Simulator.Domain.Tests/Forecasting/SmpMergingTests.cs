using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>KTAB's rule for the unique positions whose probabilities are reported (FORECASTING.md §2 step 8).</summary>
public sealed class SmpMergingTests
{
    [Fact]
    public void ClosenessDoesNotChainThroughAnActorLeftOffTheList()
    {
        // 0.5008 is within 1e-3 of 0.5000 and is left off; 0.5016 is not within 1e-3 of any listed
        // position, so it is listed although it is within 1e-3 of the actor left off.
        var analysis = Analyse(0.5000, 0.5008, 0.5016);
        Assert.Equal([0, 2], analysis.UniqueRepresentatives);
    }

    [Fact]
    public void AnActorReportsTheLastListedPositionWithinReach()
    {
        // Actor 1 is within 1e-3 of both listed positions (actors 0 and 2): it reports actor 2's.
        var analysis = Analyse(0.5000, 0.5008, 0.5016);
        Assert.Equal([0, 1, 1], analysis.GroupOf);
        Assert.Equal(analysis.UniqueProbabilities[1], analysis.ActorProbabilities()[1]);
    }

    [Fact]
    public void ListedActorsReportTheirOwnPosition()
    {
        var analysis = Analyse(0.2, 0.5000, 0.9, 0.5004, 0.2009);
        Assert.Equal([0, 1, 2], analysis.UniqueRepresentatives);
        Assert.Equal([0, 1, 2, 1, 0], analysis.GroupOf);
    }

    private static SmpAnalysis Analyse(params double[] positions)
    {
        var actors = positions.Select((x, i) => new ForecastActor($"a{i}", string.Empty, 10 + i, [x * 100], [50])).ToArray();
        var input = new ForecastInput("merging", string.Empty, ["x"], actors);
        return new SmpAnalysis(new SmpActors(input), positions);
    }
}
