using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>Every command's JSON carries the `provenance` object `sim run`'s result.json has.</summary>
public sealed class ProvenanceTests
{
    private const string Overlay = "scenarios/what-if-putin-attends.yaml";
    private const string Root = "scenarios/istanbul-2025-05-16.yaml";
    private const string Set = "parties.russia.concessionBeta=0.8";
    private const string Series = "scenarios/istanbul-2025-series.yaml";

    public static TheoryData<string, string[]> ScenarioCommands() => new()
    {
        { "analyze", ["analyze", Overlay, "--set", Set, "--runs", "20", "--seed", "5", "--format", "json"] },
        { "sweep", ["sweep", Overlay, "--set", Set, "--param", "parties.ukraine.concessionBeta=0.5..1.5:2", "--runs", "20", "--seed", "5", "--format", "json", "--in-process"] },
        { "sensitivity", ["sensitivity", Overlay, "--set", Set, "--runs", "20", "--seed", "5", "--format", "json", "--in-process"] },
        { "forecast", ["forecast", Overlay, "--set", Set, "--format", "json"] },
        { "calibrate", ["calibrate", Overlay, "--set", Set, "--runs", "300", "--seed", "5", "--min-accepted", "1", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(ScenarioCommands))]
    public void A_command_s_json_names_the_scenario_as_given_its_resolved_hash_overlays_sets_and_build(string command, string[] args)
    {
        var result = SimCli.Run(args);

        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        AssertProvenance(doc.RootElement.GetProperty("provenance"), command, Overlay, ReferenceSha256(Overlay));
    }

    [Fact]
    public void Compare_json_carries_the_reference_s_provenance_and_each_other_scenario_s()
    {
        var result = SimCli.Run("compare", Overlay, Root, "--set", Set, "--runs", "20", "--seed", "5", "--format", "json", "--in-process");

        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        AssertProvenance(doc.RootElement.GetProperty("provenance"), "compare", Overlay, ReferenceSha256(Overlay));
        var other = Assert.Single(doc.RootElement.GetProperty("comparisons").EnumerateArray()).GetProperty("provenance");
        Assert.Equal(Root, other.GetProperty("scenarioPath").GetString());
        Assert.Equal(ReferenceSha256(Root), other.GetProperty("scenarioSha256").GetString());
        Assert.Equal(20, other.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void A_series_run_s_json_carries_the_series_file_s_hash()
    {
        var result = SimCli.Run("run", Series, "--runs", "20", "--seed", "5", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        var provenance = doc.RootElement.GetProperty("provenance");
        Assert.Equal("run", provenance.GetProperty("command").GetString());
        Assert.Equal(Series, provenance.GetProperty("scenarioPath").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(Series)))), provenance.GetProperty("scenarioSha256").GetString());
        Assert.Equal(20, provenance.GetProperty("runs").GetInt32());
        Assert.Equal(5UL, provenance.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void A_report_embeds_its_provenance_as_a_json_block()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sim-provenance-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "report.html");
            var result = SimCli.Run("report", Overlay, "--set", Set, "--runs", "20", "--seed", "5", "--analysis-runs", "0", "--in-process", "--out", path);

            Assert.True(result.ExitCode == 0, result.Err);
            var html = File.ReadAllText(path);
            const string open = "<script type=\"application/json\" id=\"sim-provenance\">";
            var start = html.IndexOf(open, StringComparison.Ordinal);
            Assert.True(start >= 0, "no provenance block in the report");
            var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(html[(start + open.Length)..end]);
            AssertProvenance(doc.RootElement, "report", Overlay, ReferenceSha256(Overlay));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>The hash `sim run` records for the same file and --set (its provenance is the reference the others must match).</summary>
    private static string ReferenceSha256(string file)
    {
        var run = SimCli.Run("run", file, "--set", Set, "--runs", "1", "--format", "json", "--in-process");
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.GetProperty("provenance").GetProperty("scenarioSha256").GetString()!;
    }

    private static void AssertProvenance(JsonElement provenance, string command, string file, string sha256)
    {
        Assert.Equal(command, provenance.GetProperty("command").GetString());
        Assert.Equal(file, provenance.GetProperty("scenarioPath").GetString());
        Assert.Equal(sha256, provenance.GetProperty("scenarioSha256").GetString());
        Assert.Equal([file, Root, "seeds/istanbul-2025-05-16.yaml"], provenance.GetProperty("overlays").EnumerateArray().Select(o => o.GetString()!).ToArray());
        Assert.Equal([Set], provenance.GetProperty("sets").EnumerateArray().Select(o => o.GetString()!).ToArray());
        Assert.Equal("mediated-single-text", provenance.GetProperty("protocol").GetString());
        Assert.False(string.IsNullOrEmpty(provenance.GetProperty("simVersion").GetString()));
        Assert.EndsWith("Z", provenance.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        if (command is not "forecast")
        {
            Assert.Equal(5UL, provenance.GetProperty("seed").GetUInt64());
            Assert.True(provenance.GetProperty("runs").GetInt32() > 0);
        }
    }
}
