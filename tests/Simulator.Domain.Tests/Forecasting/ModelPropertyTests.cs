using CsCheck;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class ModelPropertyTests
{
    [Fact]
    public void SmpPositionsStayWithinZeroToHundred()
    {
        Generators.Input.Sample(
            input => new SpatialModel(maxTurns: 8).Run(input).States.All(s => s.Positions.All(p => p.All(x => x is >= 0 and <= 100))),
            iter: 60);
    }

    [Fact]
    public void SmpReportedProbabilitiesFormADistribution()
    {
        Generators.Input.Sample(
            input => new SpatialModel(maxTurns: 5).Run(input).States.All(s => Math.Abs(s.UniqueProbabilities.Sum() - 1) < 1e-9 && s.UniqueProbabilities.All(p => p >= 0)),
            iter: 40);
    }

    [Fact]
    public void SmpRiskAttitudesStayBetweenMinusHalfAndOne()
    {
        Generators.Input.Sample(
            input => new SpatialModel(maxTurns: 3).Run(input).States.All(s => s.RiskAttitudes.All(r => r is >= -0.5 - 1e-12 and <= 1 + 1e-12)),
            iter: 40);
    }

    [Fact]
    public void SmpRunIsReproducible()
    {
        Generators.Input.Sample(
            input => KtabHistoryWriter.Write(new SpatialModel(maxTurns: 5).Run(input)) == KtabHistoryWriter.Write(new SpatialModel(maxTurns: 5).Run(input)),
            iter: 20);
    }

    [Fact]
    public void BdmPositionsStayWithinTheInitialRange()
    {
        Generators.Issue.Where(i => i.Positions.Length >= 2).Sample(
            issue =>
            {
                var actors = issue.Positions.Select((x, k) => new BdmActor($"A{k}", issue.Capabilities[k], x, issue.Saliences[k])).ToArray();
                var result = new BdmModel(new BdmOptions(Rounds: 6)).Run(actors);
                var min = issue.Positions.Min() - 1e-9;
                var max = issue.Positions.Max() + 1e-9;
                return result.Rounds.All(r => r.Positions.All(x => x >= min && x <= max));
            },
            iter: 60);
    }

    [Fact]
    public void SmpCompromiseForecastLiesWithinTheConvexHullPerDimension()
    {
        Generators.Input.Sample(
            input => Enumerable.Range(0, input.DimensionCount).All(d =>
            {
                var value = CompromiseModel.Forecast(input, d);
                var positions = input.Actors.Select(a => a.Positions[d]).ToArray();
                return value >= positions.Min() - 1e-9 && value <= positions.Max() + 1e-9;
            }),
            iter: 100);
    }

    [Fact]
    public void SmpRejectsASingleActor()
    {
        var input = new ForecastInput("t", "t", ["D"], [new ForecastActor("A", "", 1, [50], [50])]);
        Assert.Throws<ArgumentException>(() => new SpatialModel().Run(input));
    }
}
