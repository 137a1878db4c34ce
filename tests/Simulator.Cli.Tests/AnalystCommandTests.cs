using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>sweep, sensitivity and compare through the real `sim` command, on a synthetic scenario whose answers are known.</summary>
public sealed class AnalystCommandTests
{
    private const string Synthetic = "tests/Simulator.Cli.Tests/Scenarios/decisive-red-line.yaml";
    private const string RedLine = "parties.a.stances.swap.redLine.min";
    private const string Bystander = "parties.p.capability";

    [Fact]
    public void Sweep_over_the_deciding_red_line_goes_from_always_agreed_to_never()
    {
        var result = SimCli.Run("sweep", Synthetic, "--param", $"{RedLine}=0..100:5", "--runs", "40", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var probabilities = SwapProbabilities(result.Out);
        Assert.Equal(5, probabilities.Count);
        Assert.Equal(1, probabilities[0]);
        Assert.Equal(0, probabilities[^1]);
    }

    [Fact]
    public void Sweep_through_the_experiment_grain_matches_the_in_process_sweep_byte_for_byte()
    {
        string[] args = ["sweep", Synthetic, "--param", $"{RedLine}=0..100:3", "--runs", "50", "--format", "json"];
        var grain = SimCli.Run(args);
        var inProcess = SimCli.Run([.. args, "--in-process"]);
        Assert.Equal(0, grain.ExitCode);
        Assert.Equal(0, inProcess.ExitCode);
        Assert.Equal(JsonText.WithoutCreationTime(inProcess.Out), JsonText.WithoutCreationTime(grain.Out));
        Assert.DoesNotContain("fail:", grain.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_over_a_parameter_that_cannot_matter_gives_the_same_probability_everywhere()
    {
        var result = SimCli.Run("sweep", Synthetic, "--param", $"{Bystander}=10..90:3", "--runs", "60", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(SwapProbabilities(result.Out).Distinct());
    }

    [Fact]
    public void Two_parameter_sweep_writes_csv_and_one_heat_map_per_issue()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-sweep-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SimCli.Run("sweep", Synthetic, "--param", $"{RedLine}=0..100:3", "--param", $"{Bystander}=10..90:2", "--runs", "20", "--format", "csv", "--out", dir);
            Assert.Equal(0, result.ExitCode);
            var lines = result.Out.TrimEnd('\n').Split('\n');
            Assert.Equal($"{RedLine},{Bystander},issue,agreedProbability,low,high,agreedRuns,runs", lines[0]);
            Assert.Equal(1 + (3 * 2), lines.Length);
            var png = File.ReadAllBytes(Path.Combine(dir, "sweep-swap.png"));
            Assert.True(png.Length > 2000);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Sensitivity_ranks_the_deciding_red_line_first_and_gives_the_bystander_zero()
    {
        var result = SimCli.Run("sensitivity", Synthetic, "--runs", "60", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var drivers = doc.RootElement.GetProperty("issues")[0].GetProperty("drivers");
        Assert.Equal(RedLine, drivers[0].GetProperty("path").GetString());
        Assert.InRange(drivers[0].GetProperty("firstOrderIndex").GetDouble(), 0.9, 1);
        Assert.Equal("A will not accept a small swap", drivers[0].GetProperty("source").GetProperty("quote").GetString());
        var bystander = doc.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("path").GetString() == Bystander);
        var effect = bystander.GetProperty("effects")[0];
        Assert.Equal(0, effect.GetProperty("swing").GetDouble());
        Assert.InRange(effect.GetProperty("firstOrderIndex").GetDouble(), 0, 0.05);
    }

    [Fact]
    public void Compare_on_identical_scenarios_reports_no_difference()
    {
        var result = SimCli.Run("compare", Synthetic, Synthetic, "--runs", "80", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var comparison = Assert.Single(doc.RootElement.GetProperty("comparisons").EnumerateArray());
        Assert.Empty(comparison.GetProperty("parameters").EnumerateArray());
        foreach (var issue in comparison.GetProperty("issues").EnumerateArray())
        {
            var d = issue.GetProperty("difference");
            Assert.Equal(0, d.GetProperty("difference").GetDouble());
            Assert.Equal(1, d.GetProperty("pValue").GetDouble(), 9);
        }
    }

    [Fact]
    public void Compare_of_a_what_if_lists_the_parameters_that_differ()
    {
        var result = SimCli.Run("compare", "scenarios/istanbul-2025-05-16.yaml", "scenarios/what-if-us-energy-sanctions.yaml", "--runs", "60", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("a,b,issue,probabilityA,probabilityB,difference,low,high,z,pValue", result.Out, StringComparison.Ordinal);
        Assert.Contains("what-if-us-energy-sanctions.yaml,ceasefire,", result.Out, StringComparison.Ordinal);

        var table = SimCli.Run("compare", "scenarios/istanbul-2025-05-16.yaml", "scenarios/what-if-us-energy-sanctions.yaml", "--runs", "60");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Parameters that differ", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parties.a.stances.swap.redLine.mn=0..100:3", "did you mean")]
    [InlineData("parties.a.stances.swap.redLine.min=50..50:3", "empty")]
    [InlineData("parties.a.stances.swap.redLine.min=100..0:3", "reversed")]
    [InlineData("parties.a.stances.swap.redLine.min=0..100:0", "STEPS")]
    public void Bad_sweep_axes_exit_with_code_2_and_a_clear_message(string axis, string expected)
    {
        var result = SimCli.Run("sweep", Synthetic, "--param", axis, "--runs", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_without_a_parameter_exits_with_code_2()
    {
        var result = SimCli.Run("sweep", Synthetic, "--runs", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--param", result.Err + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_without_an_html_out_file_exits_with_code_2()
    {
        var result = SimCli.Run("report", Synthetic, "--runs", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Err + result.Out, StringComparison.Ordinal);
    }

    private static List<double> SwapProbabilities(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("issues")[0].GetProperty("agreedProbability").GetDouble())];
    }
}
