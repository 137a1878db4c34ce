using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Tests.Engine;

namespace Simulator.Domain.Tests.Protocols;

/// <summary>Alternating offers use the mediated table's minimum move: an issue moved less than it from the status quo is not agreed.</summary>
public sealed class AlternatingOffersMinimumMoveTests
{
    // B's red line lets x move at most 8 points: only a token move is open on x, while y is a real deal.
    private static CompiledScenario Table() => TwoPartyYaml.Compile(
        a: """
           x: {position: 100, salience: 0.5}
           y: {position: 50, salience: 0.5}
           """,
        b: """
           x: {position: 0, salience: 0.2, redLine: {max: 8}}
           y: {position: 50, salience: 0.8}
           """,
        protocol: "alternating-offers");

    [Fact]
    public void A_token_move_below_the_minimum_is_never_counted_as_an_agreement()
    {
        var result = ExperimentRunner.Run(Table(), runs: 20, seed: 3, parallelism: 1);

        var x = result.Issues.Single(i => i.Id == "x");
        var y = result.Issues.Single(i => i.Id == "y");
        Assert.Equal(0, x.AgreedRuns);
        Assert.Null(x.AgreedValues);
        Assert.Equal(1.0, y.AgreedProbability);
    }

    [Fact]
    public void No_package_on_offer_moves_an_issue_by_less_than_the_minimum()
    {
        var compiled = Table();
        var values = compiled.Parameters.CopyBaseValues();
        var statusQuo = ScenarioPackages.StatusQuo(compiled, values);

        var packages = ScenarioPackages.Build(compiled, values);

        Assert.All(packages, p => Assert.All(Enumerable.Range(0, p.Length), i =>
        {
            var move = Math.Abs(p[i] - statusQuo[i]);
            Assert.True(move == 0 || move >= MediatorDrafter.MinimumMeaningfulChange, $"issue {i} moved {move}");
        }));
    }

    [Fact]
    public void The_shipped_alternating_offers_what_if_agrees_nothing_below_the_minimum()
    {
        var compiled = CompiledScenario.Compile(Simulator.Domain.Scenarios.Loading.ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/what-if-alternating-offers.yaml")));
        var values = compiled.Parameters.CopyBaseValues();
        for (var run = 0; run < 50; run++)
        {
            var result = ExperimentRunner.Explain(compiled, 20250516, run);
            foreach (var issue in result.Issues.Where(i => i.Agreed))
            {
                var statusQuo = result.Values is { } drawn ? drawn[compiled.StatusQuo[issue.Issue]] : values[compiled.StatusQuo[issue.Issue]];
                Assert.True(Math.Abs(issue.Value - statusQuo) >= MediatorDrafter.MinimumMeaningfulChange, $"run {run}: {compiled.Scenario.Issues[issue.Issue].Id} agreed at {issue.Value}");
            }
        }
    }
}
