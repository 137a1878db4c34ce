using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>`sim explain` says which numbers were drawn for the run and states the budget that run had.</summary>
public sealed class ExplainTranscriptTests
{
    private static readonly CompiledScenario Baseline = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(17)]
    public void The_closing_line_states_the_runs_own_budget_and_the_talks_end_within_it(int run)
    {
        var result = ExperimentRunner.Explain(Baseline, 20250516, run);
        var text = TranscriptFormatter.Format(Baseline, result);
        var budget = result.Values![Baseline.TimeBudget];
        var ended = Regex.Match(text, @"Ended after \d+ round\(s\), minute (?<m>[\d.]+) of (the|this run's) (?<b>[\d.]+)-minute budget");
        Assert.True(ended.Success, text[^400..]);
        Assert.Equal(Math.Round(budget, 1), double.Parse(ended.Groups["b"].Value, CultureInfo.InvariantCulture));
        Assert.True(result.Minutes <= budget + 1e-9, $"the talks ended at minute {result.Minutes} of a {budget}-minute budget");
        Assert.True(text.Contains("the scenario's: 90,", StringComparison.Ordinal) || text.Contains("of the 90-minute budget", StringComparison.Ordinal), "the scenario's 90-minute budget is named");
    }

    [Fact]
    public void The_transcript_lists_the_values_drawn_for_the_run_beside_the_scenarios()
    {
        var result = ExperimentRunner.Explain(Baseline, 20250516, 0);
        var text = TranscriptFormatter.Format(Baseline, result);
        Assert.Contains("Values drawn for this run", text, StringComparison.Ordinal);
        var territory = Baseline.Parameters.IndexOf("parties.ukraine.stances.territory.redLine.max");
        Assert.Contains(Baseline.Parameters.UncertainIndices, i => i == territory);
        Assert.Contains($"parties.ukraine.stances.territory.redLine.max = {result.Values![territory].ToString("0.#", CultureInfo.InvariantCulture)} (40)", text, StringComparison.Ordinal);
    }
}
