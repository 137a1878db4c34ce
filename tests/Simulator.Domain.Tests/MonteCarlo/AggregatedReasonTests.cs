using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// Reasons aggregated over an experiment quote the scenario's values (what `show` and `analyze`
/// print) with the range sampled in the runs the reason blocked, never one run's draw.
/// </summary>
public sealed class AggregatedReasonTests
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    private static ExperimentResult Run(params string[] sets) =>
        ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf(Baseline), sets)), 400, 20250516);

    [Fact]
    public void The_ceasefire_reason_gives_the_scenarios_values_and_the_sampled_ranges()
    {
        var linkage = Run().Blockers.First(b => b.Key == "linkage:russia.ceasefire_needs_withdrawal");
        Assert.Matches(@"ceasefire >= 15 \(\d+(\.\d)?–\d+(\.\d)? in the runs it blocked\)", linkage.Explanation);
        Assert.Matches(@"territory >= 70 \(\d+(\.\d)?–\d+(\.\d)? in the runs it blocked\)", linkage.Explanation);
        Assert.Matches(@"ukraine will not go above 40 \(\d+(\.\d)?–\d+(\.\d)? in the runs it blocked\)", linkage.Explanation);
    }

    [Fact]
    public void A_parameter_pinned_with_set_is_quoted_without_a_range()
    {
        var linkage = Run("parties.ukraine.stances.territory.redLine.max=40").Blockers.First(b => b.Key == "linkage:russia.ceasefire_needs_withdrawal");
        Assert.Contains("ukraine will not go above 40 on territory", linkage.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sampled_range_contains_the_values_drawn_and_the_example_run_prints_its_own_draw()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf(Baseline)));
        var explained = ExperimentRunner.Explain(scenario, 20250516, 0);
        var blocker = explained.Issues.First(o => o.Blocker?.Key == "linkage:russia.ceasefire_needs_withdrawal").Blocker!;
        Assert.DoesNotContain("{#", blocker.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("in the runs it blocked", blocker.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.41, -0.83, "russia wanted 41% of its possible gain, and the offer left it worse off than no deal")]
    [InlineData(0.41, 0.2, "russia wanted 41% of its possible gain and was offered 20%")]
    public void A_gain_reason_never_prints_an_impossible_share(double needed, double offered, string expected)
    {
        Assert.Equal(expected, Blockers.Gain("russia", needed, offered));
    }

    [Fact]
    public void No_reason_in_any_shipped_scenario_prints_a_negative_share()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("scenarios"), "what-if-*.yaml").Append(RepositoryFiles.PathOf(Baseline)))
        {
            var result = ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.Load(file)), 200, 20250516);
            Assert.DoesNotContain(result.Blockers, b => b.Explanation.Contains("offered -", StringComparison.Ordinal) || b.Explanation.Contains("offered −", StringComparison.Ordinal));
        }
    }
}
