using System.Text.Json.Nodes;

namespace Simulator.Cli.Tests;

/// <summary>`sim score` on hand-made scenarios with known probabilities: the table, the stable JSON keys, files without a record, the output folder.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private const string Known = "tests/Simulator.Cli.Tests/Scenarios/score-known.yaml";
    private const string Unrecorded = "tests/Simulator.Cli.Tests/Scenarios/score-unrecorded.yaml";
    private readonly string _directory = Directory.CreateTempSubdirectory("sim-score-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TableGivesEachIssuesHitOrMissAndTheModelBesideTheBaselines()
    {
        var outcome = SimCli.Run("score", Known, "--in-process");

        Assert.Equal(0, outcome.ExitCode);
        // Issues by label, grades in the run table's words (the JSON and CSV keep ids and the file's words).
        Assert.Matches(@"Swap\s*│ agreed\s*│\s*100% │ hit", outcome.Out);
        Assert.Matches(@"Truce\s*│ agreed in principle\s*│\s*0% │ miss", outcome.Out);
        Assert.Contains("(agreed)", outcome.Out, StringComparison.Ordinal);
        Assert.Matches(@"the model\s+50%\s+0\.500\s+2\.308", outcome.Out);
        Assert.Matches(@"always agreed \(p = 1\)\s+100%\s+0\.000\s+0\.010", outcome.Out);
        Assert.Matches(@"never agreed \(p = 0\)\s+0%\s+1\.000\s+4\.605", outcome.Out);
        Assert.Contains("clamped to [0.01, 0.99]", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHasTheDocumentedKeys()
    {
        var outcome = SimCli.Run("score", Known, "--in-process", "--format", "json");

        var json = JsonNode.Parse(outcome.Out)!.AsObject();
        Assert.Equal(
            ["experiments", "issues", "observedAgreed", "threshold", "logClamp", "accuracy", "brier", "logScore", "baselines", "calibration", "items", "skipped"],
            json.Select(p => p.Key));
        Assert.Equal(
            ["file", "round", "scenario", "issue", "label", "grade", "observedAgreed", "probability", "runs", "predictedAgreed", "hit", "brier", "logScore"],
            json["items"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["name", "probability", "accuracy", "brier", "logScore"], json["baselines"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["low", "high", "count", "meanProbability", "observedFrequency"], json["calibration"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(0.5, json["brier"]!.GetValue<double>());
    }

    [Fact]
    public void AFileWithoutARecordIsSkippedWithANoteWhenAnotherHasOne()
    {
        var outcome = SimCli.Run("score", Known, Unrecorded, "--in-process", "--format", "csv");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"note: {Unrecorded}: no observed record: nothing to score", outcome.Err, StringComparison.Ordinal);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,round,scenario,issue,grade,observedAgreed,probability,runs,predictedAgreed,hit,brier,logScore", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{Known},,score-known,truce,agreed-in-principle,true,0,50,false,false,1,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyFilesWithoutARecordIsBadInput()
    {
        var outcome = SimCli.Run("score", Unrecorded, Unrecorded, "--in-process");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("none of the 2 file(s) has an observed record", outcome.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.Out.Trim());
    }

    [Fact]
    public void OutWritesTheJsonTheCsvAndTheCalibrationChart()
    {
        var dir = Path.Combine(_directory, "out");

        var outcome = SimCli.Run("score", Known, "--in-process", "--runs", "10", "--out", dir);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(10, JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "score.json")))!["items"]![0]!["runs"]!.GetValue<int>());
        Assert.StartsWith("file,round,", File.ReadAllText(Path.Combine(dir, "score.csv")), StringComparison.Ordinal);
        var png = File.ReadAllBytes(Path.Combine(dir, "calibration.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.True(png.Length > 5000, $"the chart is only {png.Length} bytes");
    }

    [Fact]
    public void ABadFileStopsTheScoreBeforeAnyRun()
    {
        var dir = Path.Combine(_directory, "never");

        var outcome = SimCli.Run("score", Known, "tests/Simulator.Cli.Tests/Scenarios/no-such-file.yaml", "--in-process", "--out", dir);

        Assert.Equal(2, outcome.ExitCode);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void TheSeriesIsScoredRoundByRound()
    {
        var outcome = SimCli.Run("score", "scenarios/istanbul-2025-series.yaml", "--runs", "20", "--format", "csv");

        Assert.Equal(0, outcome.ExitCode);
        var rounds = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();
        Assert.Equal(["may16", "jun02", "jul23"], rounds);
    }
}
