using System.Text.Json;
using System.Text.RegularExpressions;

namespace Simulator.Cli.Tests.Series;

/// <summary>`sim run`, `explain`, `validate`, `report` and `calibrate` on the shipped Istanbul series, through the real command.</summary>
public sealed class SeriesCommandTests
{
    private const string Series = "scenarios/istanbul-2025-series.yaml";

    [Fact]
    public void Run_reports_every_round_and_the_record_over_all_rounds_as_json()
    {
        var result = SimCli.Run("run", Series, "--runs", "60", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("istanbul-2025-series", root.GetProperty("series").GetString());
        var rounds = root.GetProperty("rounds");
        Assert.Equal(["may16", "jun02", "jul23"], rounds.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(17, rounds[1].GetProperty("daysAfterPrevious").GetDouble());
        Assert.Equal(60, rounds[2].GetProperty("result").GetProperty("runs").GetInt32());
        Assert.DoesNotContain(rounds[2].GetProperty("result").GetProperty("issues").EnumerateArray(), i => i.GetProperty("id").GetString() == "bodies_exchange");
        Assert.InRange(root.GetProperty("recordMatchedShare").GetDouble(), 0, rounds[1].GetProperty("recordMatchedShare").GetDouble());
    }

    [Fact]
    public void The_run_table_of_each_round_names_parties_and_issues_as_a_scenario_s_does()
    {
        var result = SimCli.Run("run", Series, "--runs", "30", "--in-process");

        Assert.Equal(0, result.ExitCode);
        var text = Regex.Replace(result.Out, @"\s+", " ");
        Assert.Contains("Why issues were not agreed", text, StringComparison.Ordinal);
        Assert.Contains("- Ceasefire", text, StringComparison.Ordinal);
        Assert.Contains("Prisoner exchange, Further talks", text, StringComparison.Ordinal);
        // The scale's quoted meanings may hold the words; ids never stand alone.
        var unquoted = Regex.Replace(text, @"(?<!\w)'[^']*'(?!\w)", "''");
        Assert.DoesNotMatch(@"\b(ukraine|russia|prisoner_exchange|leaders_summit|follow_up_talks|military_limits|security_guarantees|children_return)\b", unquoted);
    }

    [Fact]
    public void Run_gives_the_same_json_with_and_without_in_process()
    {
        var first = SimCli.Run("run", Series, "--runs", "40", "--seed", "9", "--format", "json");
        var second = SimCli.Run("run", Series, "--runs", "40", "--seed", "9", "--format", "json", "--in-process");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(JsonText.WithoutCreationTime(first.Out), JsonText.WithoutCreationTime(second.Out));
    }

    [Fact]
    public void Explain_shows_the_rounds_one_after_another_with_what_carried_over()
    {
        var result = SimCli.Run("explain", Series, "--run", "2");

        Assert.Equal(0, result.ExitCode);
        var may = result.Out.IndexOf("=== Round 1 of 3: may16", StringComparison.Ordinal);
        var jun = result.Out.IndexOf("=== Round 2 of 3: jun02, 17 days later", StringComparison.Ordinal);
        var jul = result.Out.IndexOf("=== Round 3 of 3: jul23, 51 days later", StringComparison.Ordinal);
        Assert.True(may >= 0 && jun > may && jul > jun);
        Assert.Contains("carried over: Prisoner exchange agreed at 50 in may16", result.Out, StringComparison.Ordinal);
        Assert.Contains("trust: Ukraine's reservation utility", result.Out, StringComparison.Ordinal);
        Assert.Contains("event: The bodies of the fallen are returned and leave the agenda", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_an_event_naming_an_unknown_round_with_file_line_and_column()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-series-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var text = File.ReadAllText(Path.Combine(SimCli.RepositoryRoot, Series))
                .Replace("scenario: istanbul-2025-05-16.yaml", $"scenario: {Path.Combine(SimCli.RepositoryRoot, "scenarios", "istanbul-2025-05-16.yaml")}", StringComparison.Ordinal)
                .Replace("scenario: ../seeds/", $"scenario: {Path.Combine(SimCli.RepositoryRoot, "seeds")}/", StringComparison.Ordinal)
                .Replace("before: jun02", "before: june02", StringComparison.Ordinal);
            var path = Path.Combine(dir, "broken-series.yaml");
            File.WriteAllText(path, text);
            var line = text.Split('\n').ToList().FindIndex(l => l.Contains("before: june02", StringComparison.Ordinal)) + 1;

            var result = SimCli.Run("validate", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"broken-series.yaml:{line}:", result.Err, StringComparison.Ordinal);
            Assert.Contains("did you mean 'jun02'", result.Err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Calibrate_on_the_series_matches_every_rounds_record_and_names_parameters_by_round()
    {
        var result = SimCli.Run("calibrate", Series, "--runs", "2500", "--min-accepted", "1", "--format", "json", "--params", "jul23:parties.russia.*", "--params", "series.*");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var record = json.RootElement.GetProperty("record");
        Assert.Contains(record.EnumerateArray(), r => r.GetProperty("round").GetString() == "jul23" && r.GetProperty("issue").GetString() == "follow_up_talks");
        Assert.Contains(record.EnumerateArray(), r => r.GetProperty("round").GetString() == "may16");
        var paths = json.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).ToList();
        Assert.All(paths, p => Assert.True(p.StartsWith("jul23:parties.russia.", StringComparison.Ordinal) || p.StartsWith("series.", StringComparison.Ordinal), p));
        Assert.Contains("series.rounds.jun02.carryOver.prisoner_exchange.implemented", paths);
    }

    [Fact]
    public void Report_of_the_series_has_a_section_per_round()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-series-report-{Guid.NewGuid():N}.html");
        try
        {
            var result = SimCli.Run("report", Series, "--out", path, "--runs", "40", "--calibrate", "200");

            Assert.Equal(0, result.ExitCode);
            var html = File.ReadAllText(path);
            Assert.Contains("<h2>Round 2: jun02</h2>", html, StringComparison.Ordinal);
            Assert.Contains("The record, round by round", html, StringComparison.Ordinal);
            Assert.Contains("Calibration to the record", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
