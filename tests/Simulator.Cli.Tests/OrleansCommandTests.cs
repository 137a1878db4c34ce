using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>The commands that go through the embedded silo: `sim run` by default, `sim play`, `sim bench`.</summary>
public sealed class OrleansCommandTests
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    [Fact]
    public void Run_through_the_embedded_silo_prints_the_same_json_as_in_process()
    {
        var grain = SimCli.Run("run", Baseline, "--runs", "700", "--seed", "11", "--format", "json");
        var local = SimCli.Run("run", Baseline, "--runs", "700", "--seed", "11", "--format", "json", "--in-process");

        Assert.Equal(0, grain.ExitCode);
        Assert.Equal(0, local.ExitCode);
        Assert.Equal(JsonText.WithoutCreationTime(local.Out), JsonText.WithoutCreationTime(grain.Out));
    }

    [Fact]
    public void Play_draws_each_round_and_the_outcome()
    {
        var result = SimCli.Run("play", Baseline);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Round 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("Outcome after", result.Out, StringComparison.Ordinal);
        // In names and labels, as explain prints them.
        Assert.Contains("Prisoner exchange", result.Out, StringComparison.Ordinal);
        Assert.Contains("at the table: Ukraine, Russia", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(prisoner_exchange|military_limits|follow_up_talks)\b", result.Out);
    }

    [Fact]
    public void Play_refuses_a_human_seat_for_a_party_not_at_the_table()
    {
        var result = SimCli.Run("play", Baseline, "--human", "turkey");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--human turkey", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_json_reports_the_three_paths_and_identical_results()
    {
        var result = SimCli.Run("bench", Baseline, "--runs", "300", "--repeat", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("resultsIdentical").GetBoolean());
        Assert.Equal(3, root.GetProperty("figures").GetArrayLength());
        // Each figure's ratio is its own rate over the all-cores rate, and each rate is runs over its time.
        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        var allCores = figures[1].GetProperty("runsPerSecond").GetDouble();
        foreach (var figure in figures)
        {
            var rate = figure.GetProperty("runsPerSecond").GetDouble();
            Assert.Equal(300 / figure.GetProperty("seconds").GetDouble(), rate, 6);
            Assert.Equal(rate / allCores, figure.GetProperty("ratioToAllCores").GetDouble(), 9);
        }

        Assert.Equal(figures[2].GetProperty("ratioToAllCores").GetDouble(), root.GetProperty("grainToAllCores").GetDouble(), 12);
    }
}
