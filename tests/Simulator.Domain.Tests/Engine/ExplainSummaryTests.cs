using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// `sim explain` tells one story: its closing summary is checked against its own rounds by parsing
/// the printed text of many runs of every shipped mediated scenario, as a reader would read it.
/// </summary>
public sealed class ExplainSummaryTests
{
    private static readonly string[] Scenarios =
    [
        "scenarios/istanbul-2025-05-16.yaml",
        "scenarios/what-if-no-territorial-ultimatum.yaml",
        "scenarios/what-if-putin-attends.yaml",
        "scenarios/what-if-us-energy-sanctions.yaml",
        "scenarios/what-if-all-or-nothing.yaml",
    ];

    public static TheoryData<string> Files() => [.. Scenarios];

    [Theory]
    [MemberData(nameof(Files))]
    public void No_item_tabled_in_a_round_is_summed_up_as_not_worth_tabling_and_no_bound_the_last_text_meets_is_named(string file)
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf(file)));
        var labels = compiled.Scenario.Issues.Select(i => i.Label).ToList();
        var checkedReasons = 0;
        foreach (var (seed, run) in Runs())
        {
            var text = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, seed, run));
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var texts = lines.Where(l => l.StartsWith("  text: ", StringComparison.Ordinal)).ToList();
            var lastRound = lines.FindLastIndex(l => l.StartsWith("Round ", StringComparison.Ordinal));
            var lastText = lastRound < 0 ? null : lines.Skip(lastRound).FirstOrDefault(l => l.StartsWith("  text: ", StringComparison.Ordinal));
            foreach (var label in labels)
            {
                var summary = lines.FirstOrDefault(l => l.StartsWith($"  {label}: not agreed: ", StringComparison.Ordinal));
                if (summary is null)
                {
                    continue;
                }

                var where = $"{file} seed {seed} run {run}: {summary}";
                if (summary.Contains("no change worth tabling", StringComparison.Ordinal))
                {
                    // Either never tabled, or the summary says it was tabled and then dropped.
                    Assert.True(!texts.Any(t => ValueIn(t, label) is not null) || summary.Contains(", then not tabled: ", StringComparison.Ordinal), where);
                    Assert.True(lastText is null || ValueIn(lastText, label) is null, $"{where}: the last text tables it");
                    checkedReasons++;
                }

                var bound = Regex.Match(summary, $@"(red line is|may only agree) {Regex.Escape(label)} (?<op><=|>=) (?<n>[\d.]+)");
                if (bound.Success && lastText is not null && ValueIn(lastText, label) is { } offered)
                {
                    var limit = double.Parse(bound.Groups["n"].Value, CultureInfo.InvariantCulture);
                    Assert.True(bound.Groups["op"].Value == "<=" ? offered > limit : offered < limit, $"{where}: the last text offers {offered}, which meets the bound named");
                    checkedReasons++;
                }
            }
        }

        Assert.True(checkedReasons > 0, "some summary lines were checked");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_round_and_the_end_lie_within_the_budget_the_summary_states_and_that_budget_is_the_one_drawn(string file)
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf(file)));
        var declared = compiled.Parameters.BaseValues[compiled.TimeBudget];
        foreach (var (seed, run) in Runs())
        {
            var text = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, seed, run));
            var ended = Regex.Match(text, @"Ended after \d+ round\(s\), minute (?<m>[\d.]+) of (the|this run's) (?<b>[\d.]+)-minute budget");
            Assert.True(ended.Success, text[^300..]);
            var budget = double.Parse(ended.Groups["b"].Value, CultureInfo.InvariantCulture);
            var drawn = Regex.Match(text, @"protocol\.timeBudgetMinutes = (?<v>[\d.]+) \((?<s>[\d.]+)\)");
            Assert.Equal(drawn.Success ? double.Parse(drawn.Groups["v"].Value, CultureInfo.InvariantCulture) : Math.Round(declared, 1), budget);
            Assert.True(double.Parse(ended.Groups["m"].Value, CultureInfo.InvariantCulture) <= budget, ended.Value);
            foreach (Match round in Regex.Matches(text, @"^Round \d+ \(minute (?<m>[\d.]+)\)", RegexOptions.Multiline))
            {
                Assert.True(double.Parse(round.Groups["m"].Value, CultureInfo.InvariantCulture) <= budget, $"{file} seed {seed} run {run}: {round.Value} of a {budget}-minute budget");
            }

            Assert.Contains("Values drawn for this run", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(ulong Seed, int Run)> Runs()
    {
        foreach (var seed in new ulong[] { 1, 7, 42, 20250516 })
        {
            for (var run = 0; run < 10; run++)
            {
                yield return (seed, run);
            }
        }
    }

    /// <summary>The value a printed text gives an issue ("Neutrality 56.5 (...)"), or null when the issue is not in it.</summary>
    private static double? ValueIn(string textLine, string label)
    {
        var m = Regex.Match(textLine, $@"(?:text: |; ){Regex.Escape(label)} (?<v>-?[\d.]+)");
        return m.Success ? double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) : null;
    }
}
