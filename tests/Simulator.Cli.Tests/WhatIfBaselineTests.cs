using System.Text.Json;
using System.Text.RegularExpressions;

namespace Simulator.Cli.Tests;

/// <summary>
/// A what-if (an overlay with `base:`) shows its change from the scenario it is based on, per issue,
/// with whether it is beyond Monte Carlo noise; human output names issues and parties as the table
/// rows do and gives scale values their meaning, while the JSON keeps ids.
/// </summary>
public sealed partial class WhatIfBaselineTests
{
    private const string WhatIf = "scenarios/what-if-no-territorial-ultimatum.yaml";
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    [Fact]
    public void The_json_of_a_what_if_gives_each_issues_baseline_probability_its_own_and_whether_the_change_is_beyond_noise()
    {
        var whatIf = SimCli.Run("run", WhatIf, "--runs", "400", "--seed", "7", "--in-process", "--format", "json");
        var baseline = SimCli.Run("run", Baseline, "--runs", "400", "--seed", "7", "--in-process", "--format", "json");
        Assert.Equal(0, whatIf.ExitCode);
        Assert.Equal(0, baseline.ExitCode);
        using var w = JsonDocument.Parse(whatIf.Out);
        using var b = JsonDocument.Parse(baseline.Out);
        Assert.False(b.RootElement.TryGetProperty("baseline", out _), "the baseline itself only retitles the seed file: no comparison");
        var change = w.RootElement.GetProperty("baseline");
        Assert.Equal(Baseline, change.GetProperty("scenario").GetString());
        var moved = 0;
        foreach (var issue in change.GetProperty("issues").EnumerateArray())
        {
            var id = issue.GetProperty("id").GetString();
            var before = b.RootElement.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
            var after = w.RootElement.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
            Assert.Equal(before.GetProperty("agreedProbability").GetDouble(), issue.GetProperty("baselineProbability").GetDouble());
            Assert.Equal(after.GetProperty("agreedProbability").GetDouble(), issue.GetProperty("probability").GetDouble());
            Assert.Equal(issue.GetProperty("probability").GetDouble() - issue.GetProperty("baselineProbability").GetDouble(), issue.GetProperty("difference").GetDouble(), 12);
            var low = issue.GetProperty("low").GetDouble();
            var high = issue.GetProperty("high").GetDouble();
            Assert.InRange(issue.GetProperty("difference").GetDouble(), low, high);
            Assert.Equal(low > 0 || high < 0, issue.GetProperty("beyondNoise").GetBoolean());
            moved += issue.GetProperty("beyondNoise").GetBoolean() ? 1 : 0;
        }

        // Dropping the ultimatum lifts the ceasefire from about 0% to about 5%: beyond noise at 400 runs.
        var ceasefire = change.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "ceasefire");
        Assert.True(ceasefire.GetProperty("beyondNoise").GetBoolean(), ceasefire.ToString());
        Assert.True(moved < change.GetProperty("issues").GetArrayLength(), "not every issue moves");
    }

    [Fact]
    public void The_table_of_a_what_if_shows_the_change_and_names_issues_and_parties_by_label_and_name()
    {
        var result = SimCli.Run("run", WhatIf, "--runs", "200", "--in-process");
        Assert.Equal(0, result.ExitCode);
        var flat = string.Join(' ', result.Out.Split('\n').Select(l => l.Trim().Trim('│').Trim()));
        Assert.Contains("Change from the baseline (scenarios/istanbul-2025-05-16.yaml, same runs and seed)", flat, StringComparison.Ordinal);
        Assert.Matches(@"Ceasefire +│ +\d+(\.\d)?% → \d+(\.\d)?%", result.Out);
        Assert.Contains("no, within noise", result.Out, StringComparison.Ordinal);

        var reasons = flat[flat.IndexOf("Why issues were not agreed", StringComparison.Ordinal)..flat.IndexOf("Talks lasted", StringComparison.Ordinal)];
        foreach (var id in new[] { "ceasefire", "leaders_summit", "follow_up_talks", "territory", "neutrality", "military_limits", "security_guarantees", "russia", "ukraine" })
        {
            Assert.DoesNotMatch($@"(?<![\w.:/-]){id}(?![\w-]|\.\w)", reasons);
        }

        Assert.Contains("Zelensky-Putin meeting", reasons, StringComparison.Ordinal);
        Assert.Contains("Russia's delegation may only agree Zelensky-Putin meeting <= 25 ('request noted'", reasons, StringComparison.Ordinal);
        Assert.Contains("Prisoner exchange, Further talks", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_common_value_of_an_issue_without_a_unit_is_shown_with_its_meaning()
    {
        var result = SimCli.Run("run", Baseline, "--runs", "100", "--in-process");
        Assert.Equal(0, result.ExitCode);
        // Further talks usually lands between two anchors; the cell says between which.
        var cells = string.Join(' ', Row().Matches(result.Out).Select(m => m.Groups["cell"].Value.Trim()));
        Assert.Contains("'agreed in principle to meet again'", cells, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"│[^│]*│[^│]*│[^│]*│(?<cell>[^│]*)│[^│]*│")]
    private static partial Regex Row();
}
