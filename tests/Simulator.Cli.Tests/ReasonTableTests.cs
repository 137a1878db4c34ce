using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>The run table gives a reason for every issue that failed in any run, as the JSON counts it.</summary>
public sealed class ReasonTableTests
{
    [Theory]
    [InlineData("scenarios/what-if-alternating-offers.yaml")]
    [InlineData("scenarios/istanbul-2025-05-16.yaml")]
    public void Every_issue_with_a_blocker_in_the_json_has_its_reason_in_the_table(string file)
    {
        var json = SimCli.Run("run", file, "--runs", "300", "--in-process", "--format", "json");
        var tableRun = SimCli.Run("run", file, "--runs", "300", "--in-process");
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, tableRun.ExitCode);
        var table = tableRun.Out;
        var flat = string.Join(' ', table.Split('\n').Select(l => l.Trim()));
        using var doc = JsonDocument.Parse(json.Out);
        foreach (var issue in doc.RootElement.GetProperty("issues").EnumerateArray())
        {
            var blockers = issue.GetProperty("blockers");
            if (blockers.GetArrayLength() == 0)
            {
                continue;
            }

            // The table names issues by their labels, as its rows do; the JSON keeps the ids.
            var label = issue.GetProperty("label").GetString()!;
            Assert.Contains($"- {label}", flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Alternating_offers_does_not_call_a_left_out_issue_not_worth_tabling()
    {
        var table = SimCli.Run("run", "scenarios/what-if-alternating-offers.yaml", "--runs", "300", "--in-process").Out;
        var flat = string.Join(' ', table.Split('\n').Select(l => l.Trim()));
        Assert.Contains("Ceasefire (not agreed in", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("no change worth tabling", flat, StringComparison.Ordinal);
    }
}
