using System.Text.Json;

namespace Simulator.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private const string Seed = "scenarios/istanbul-2025-05-16.yaml";

    [Fact]
    public void The_seed_analysis_explains_why_the_ceasefire_has_no_zone_and_what_would_open_it()
    {
        var (exit, stdout, _) = SimCli.Run("analyze", Seed, "--format", "json", "--runs", "0");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var ceasefire = json.RootElement.GetProperty("diagnoses").EnumerateArray()
            .Single(d => d.GetProperty("issue").GetString() == "ceasefire");
        var explanation = ceasefire.GetProperty("explanation").GetString()!;
        Assert.Contains("no zone of agreement because", explanation);
        Assert.Contains("territory <= 40", explanation);
        Assert.Contains("russia requires territory >= 70", explanation);
        var moves = ceasefire.GetProperty("options").EnumerateArray().Select(o => o.EnumerateArray().Single()).ToList();
        Assert.Contains(moves, m => m.GetProperty("key").GetString() == "redline:ukraine.territory.max" && m.GetProperty("by").GetDouble() == 30);
        Assert.Contains(moves, m => m.GetProperty("key").GetString() == "linkage:russia.ceasefire_needs_withdrawal.min" && m.GetProperty("by").GetDouble() == 30);
    }

    [Fact]
    public void The_json_report_has_every_solution_concept_with_each_principals_utility()
    {
        var (exit, stdout, _) = SimCli.Run("analyze", Seed, "--format", "json", "--runs", "0");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var concepts = json.RootElement.GetProperty("solutions").EnumerateArray().Select(s => s.GetProperty("concept").GetString()).ToList();
        Assert.Equal(["nash", "weighted-nash", "kalai-smorodinsky", "egalitarian", "utilitarian"], concepts);
        var nash = json.RootElement.GetProperty("solutions")[0].GetProperty("utilities");
        var disagreement = json.RootElement.GetProperty("disagreement");
        Assert.True(nash.GetProperty("ukraine").GetDouble() >= disagreement.GetProperty("ukraine").GetDouble());
        Assert.True(nash.GetProperty("russia").GetDouble() >= disagreement.GetProperty("russia").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("power").GetArrayLength());
    }

    [Fact]
    public void The_table_reports_the_distance_of_the_simulated_mode_from_each_solution()
    {
        var (exit, stdout, _) = SimCli.Run("analyze", Seed, "--runs", "20");

        Assert.Equal(0, exit);
        Assert.Contains("Ceasefire >= 15 (between 'no ceasefire, fighting continues' and 'limited truce (e.g. energy infrastructure)') has no zone of agreement", stdout.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
        Assert.Contains("distance from", stdout);
        Assert.Contains("Shapley-Shubik", stdout);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_with_exit_code_2()
    {
        var (exit, _, stderr) = SimCli.Run("analyze", Seed, "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("--format must be table or json", stderr);
    }

    [Fact]
    public void A_missing_scenario_file_is_reported_with_exit_code_2()
    {
        var (exit, _, stderr) = SimCli.Run("analyze", "scenarios/does-not-exist.yaml");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void The_simulated_mode_comes_from_the_protocol_the_scenario_selects()
    {
        var (exit, stdout, _) = SimCli.Run("analyze", "scenarios/what-if-alternating-offers.yaml", "--format", "json", "--runs", "20");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var simulated = json.RootElement.GetProperty("simulated");
        Assert.Equal("alternating-offers", simulated.GetProperty("protocol").GetString());
        Assert.Equal(20, simulated.GetProperty("runs").GetInt32());
        Assert.True(simulated.GetProperty("share").GetDouble() > 0);
    }
}
