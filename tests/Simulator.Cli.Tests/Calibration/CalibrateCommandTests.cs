using System.Text.Json;

namespace Simulator.Cli.Tests.Calibration;

/// <summary>`sim calibrate` through the real command, on a table whose posterior is known in closed form.</summary>
public sealed class CalibrateCommandTests
{
    private const string Threshold = "tests/Simulator.Cli.Tests/Scenarios/threshold-calibration.yaml";
    private const string RedLine = "parties.a.stances.swap.redLine.max";

    [Fact]
    public void Json_gives_the_closed_form_posterior_and_acceptance()
    {
        var result = SimCli.Run("calibrate", Threshold, "--runs", "8000", "--tolerance", "0", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("acceptanceRate").GetDouble(), 0.38, 0.42);
        var p = root.GetProperty("parameters")[0];
        Assert.Equal(RedLine, p.GetProperty("path").GetString());
        Assert.InRange(p.GetProperty("posterior").GetProperty("mean").GetDouble(), 79, 81);
        Assert.InRange(p.GetProperty("posterior").GetProperty("low").GetDouble(), 61, 63.5);
        Assert.True(p.GetProperty("moved").GetBoolean());
        Assert.Equal("The one uncertain parameter.", p.GetProperty("source").GetProperty("note").GetString());
    }

    [Fact]
    public void Written_overlay_loads_and_holds_the_posterior_range()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-calibrate-" + Guid.NewGuid().ToString("N"));
        // The overlay names its base by a relative path, which must stay inside the folder tree
        // it is loaded from (the repository here), so it is written below the test's own output.
        var overlayDir = Path.Combine(AppContext.BaseDirectory, "calibrate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var overlay = Path.Combine(overlayDir, "calibrated.yaml");
            var result = SimCli.Run("calibrate", Threshold, "--runs", "4000", "--tolerance", "0", "--out", dir, "--write-overlay", overlay);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("posterior", result.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "calibration.json")));
            Assert.True(File.Exists(Path.Combine(dir, $"posterior-01-{RedLine}.png")));
            var show = SimCli.Run("show", overlay, "--explain", RedLine, "--base-root", "/");
            Assert.Equal(0, show.ExitCode);
            // The uniform whose central 90% is the posterior's 90% interval: about U[60, 100].
            Assert.Matches(@"uniform: \[(59\.[5-9]\d*|6[01](\.\d+)?), (99\.[5-9]\d*|100)\]", File.ReadAllText(overlay));
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            if (Directory.Exists(overlayDir))
            {
                Directory.Delete(overlayDir, recursive: true);
            }
        }
    }

    [Fact]
    public void No_accepted_run_exits_2_and_says_what_to_do()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-calibrate-" + Guid.NewGuid().ToString("N"));
        var result = SimCli.Run("calibrate", Threshold, "--runs", "300", "--set", "observed.swap.value=95", "--tolerance", "1", "--out", dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no run reproduced the record", result.Err, StringComparison.Ordinal);
        Assert.Contains("--runs 3,000", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Too_few_accepted_runs_exits_2()
    {
        var result = SimCli.Run("calibrate", Threshold, "--runs", "100", "--tolerance", "0", "--min-accepted", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("too few accepted runs to trust", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_parameter_exits_2_with_a_suggestion()
    {
        var result = SimCli.Run("calibrate", Threshold, "--params", "parties.a.stances.swap.redline.max", "--runs", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"did you mean '{RedLine}'", result.Err, StringComparison.Ordinal);
    }
}
