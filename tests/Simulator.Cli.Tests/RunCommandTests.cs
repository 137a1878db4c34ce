using System.Text.Json;

namespace Simulator.Cli.Tests;

public sealed class RunCommandTests
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    [Fact]
    public void Json_output_has_the_documented_keys_for_every_issue()
    {
        var result = Forecast.SimProcess.Run("run", Baseline, "--runs", "200", "--seed", "7", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(200, root.GetProperty("runs").GetInt32());
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
        foreach (var issue in root.GetProperty("issues").EnumerateArray())
        {
            var p = issue.GetProperty("agreedProbability").GetDouble();
            Assert.InRange(p, 0, 1);
            Assert.InRange(p, issue.GetProperty("interval").GetProperty("low").GetDouble(), issue.GetProperty("interval").GetProperty("high").GetDouble());
            Assert.True(issue.TryGetProperty("agreedValues", out _));
        }
    }

    [Fact]
    public void Same_seed_prints_byte_identical_json()
    {
        var a = SimCli.Run("run", Baseline, "--runs", "300", "--seed", "3", "--format", "json");
        var b = SimCli.Run("run", Baseline, "--runs", "300", "--seed", "3", "--format", "json");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(JsonText.WithoutCreationTime(a.Out), JsonText.WithoutCreationTime(b.Out));
    }

    [Fact]
    public void Out_folder_receives_json_and_csv_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-run-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SimCli.Run("run", Baseline, "--runs", "50", "--format", "csv", "--out", dir);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("issue,label,agreedProbability", result.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "result.json")));
            Assert.Contains("prisoner_exchange", File.ReadAllText(Path.Combine(dir, "issues.csv")), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--format", "xml")]
    public void Bad_flags_exit_with_code_2_and_say_what_to_fix(string flag, string value)
    {
        var result = SimCli.Run("run", Baseline, flag, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(flag, result.Err + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_where_a_number_belongs_is_named_plainly()
    {
        var result = SimCli.Run("run", Baseline, "--runs", "abc");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'abc' is not a number", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_set_path_exits_with_code_2()
    {
        var result = SimCli.Run("run", Baseline, "--runs", "10", "--set", "parties.rusia.capability=50");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rusia", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_with_code_2()
    {
        var result = SimCli.Run("run", "scenarios/no-such-file.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.yaml", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_rounds_reasons_and_the_end()
    {
        var result = SimCli.Run("explain", Baseline, "--run", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Round 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("rejects", result.Out, StringComparison.Ordinal);
        Assert.Contains("Ended after", result.Out, StringComparison.Ordinal);
        Assert.Contains("Ceasefire: not agreed", result.Out, StringComparison.Ordinal);
    }
}
