using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Tests.Analysis;

namespace Simulator.Domain.Tests.Protocols;

public sealed class AlternatingOffersTableProtocolTests
{
    private static CompiledScenario Compiled(Scenario scenario) =>
        CompiledScenario.Compile(scenario with { Protocol = scenario.Protocol with { Kind = ProtocolKind.AlternatingOffers } });

    [Fact]
    public void A_scenario_that_selects_alternating_offers_runs_it_through_the_Monte_Carlo_runner()
    {
        var compiled = Compiled(AnalysisScenarios.Istanbul(ceasefireTrigger: 30));

        var result = ExperimentRunner.Run(compiled, runs: 20, seed: 11, parallelism: 1);

        Assert.Equal(20, result.Runs);
        var swap = result.Issues.Single(i => i.Id == "prisoner_exchange");
        Assert.Equal(1.0, swap.AgreedProbability);
    }

    [Fact]
    public void No_agreed_package_breaks_a_principals_red_line_or_linkage()
    {
        var compiled = Compiled(AnalysisScenarios.Istanbul(ceasefireTrigger: 30));
        var values = compiled.Parameters.CopyBaseValues();

        var result = AlternatingOffersTableProtocol.Instance.Run(compiled, values, recordTranscript: true);

        Assert.Equal(EndReason.Agreement, result.EndReason);
        var package = ScenarioPackages.StatusQuo(compiled, values);
        foreach (var issue in result.Issues.Where(i => i.Agreed))
        {
            package[issue.Issue] = issue.Value;
        }

        Assert.True(ScenarioPackages.Acceptable(compiled, values, package, ScenarioPackages.StatusQuo(compiled, values)));
        Assert.True(package[1] < 30, "the ceasefire must stay below Russia's linkage trigger");
        Assert.NotEmpty(result.Transcript!);
    }

    [Fact]
    public void Runs_are_deterministic_given_the_seed()
    {
        var compiled = Compiled(AnalysisScenarios.Istanbul());

        var first = ExperimentRunner.RunBatch(compiled, 5, 0, 10);
        var second = ExperimentRunner.RunBatch(compiled, 5, 0, 10);

        Assert.Equal(first.Select(r => string.Join(',', r.Values)), second.Select(r => string.Join(',', r.Values)));
    }

    [Fact]
    public void The_package_space_holds_the_status_quo_and_is_not_filtered_by_anyones_red_lines()
    {
        var compiled = Compiled(AnalysisScenarios.Istanbul());
        var values = compiled.Parameters.CopyBaseValues();
        var statusQuo = ScenarioPackages.StatusQuo(compiled, values);

        var packages = ScenarioPackages.Build(compiled, values);

        Assert.Contains(packages, p => p.SequenceEqual(statusQuo));
        Assert.Contains(packages, p => !ScenarioPackages.Acceptable(compiled, values, p, statusQuo));
        Assert.Contains(packages, p => ScenarioPackages.Acceptable(compiled, values, p, statusQuo) && !p.SequenceEqual(statusQuo));
    }
}
