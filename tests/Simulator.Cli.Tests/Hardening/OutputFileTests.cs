using Simulator.Cli.Output;

namespace Simulator.Cli.Tests.Hardening;

/// <summary>
/// Output files go through a unique, exclusively created temporary file renamed over the target:
/// planted symbolic links never redirect a write, unwritable places are messages, and two commands
/// writing one --out folder never mix their files.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";
    private readonly HostileScenario _files = new();

    public void Dispose() => _files.Dispose();

    private string Victim()
    {
        var victim = _files.Write("victim.txt", "precious");
        return victim;
    }

    [Theory]
    [InlineData("result.json.tmp")]
    [InlineData("issues.csv.tmp")]
    public void SymlinkPlantedAtATemporaryNameIsNeverFollowed(string planted)
    {
        var victim = Victim();
        var dir = Path.Combine(_files.Folder, "out");
        Directory.CreateDirectory(dir);
        File.CreateSymbolicLink(Path.Combine(dir, planted), victim);

        var result = SimCli.Run("run", Baseline, "--runs", "20", "--in-process", "--out", dir);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Contains("\"runs\": 20", File.ReadAllText(Path.Combine(dir, "result.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkPlantedAtTheTargetIsReplacedNotFollowed()
    {
        var victim = Victim();
        var dir = Path.Combine(_files.Folder, "out");
        Directory.CreateDirectory(dir);
        var target = Path.Combine(dir, "result.json");
        File.CreateSymbolicLink(target, victim);

        var result = SimCli.Run("run", Baseline, "--runs", "20", "--in-process", "--out", dir);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void FolderWhereTheOutputFileGoesIsAMessageNotACrash()
    {
        var dir = Path.Combine(_files.Folder, "out");
        Directory.CreateDirectory(Path.Combine(dir, "result.json"));

        var result = SimCli.Run("run", Baseline, "--runs", "20", "--in-process", "--out", dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("result.json", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Theory]
    [InlineData("run", "--out", "/proc/sim-cannot-write-here")]
    [InlineData("run", "--out", "/dev/null/sub")]
    [InlineData("forecast", "--chart", "/proc/sim-cannot-write-here.png")]
    [InlineData("forecast", "--chart", "/nonexistent-folder/chart.png")]
    [InlineData("report", "--out", "/proc/sim-report.html")]
    public void UnwritablePlaceIsAMessageNotACrash(string command, string flag, string place)
    {
        string[] extra = command is "forecast" ? [] : ["--runs", "5", "--in-process", "--analysis-runs", "0"];
        if (command == "run")
        {
            extra = ["--runs", "5", "--in-process"];
        }

        var result = SimCli.Run([command, Baseline, flag, place, .. extra]);

        Assert.True(result.ExitCode is 1 or 2, $"exit {result.ExitCode}");
        Assert.StartsWith("sim: ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderHeldByAnotherWriterIsNotWrittenInto()
    {
        var dir = Path.Combine(_files.Folder, "held");
        using var held = OutputFolder.Open(dir);

        var ex = Assert.Throws<UserInputException>(() => OutputFolder.Open(dir, TimeSpan.Zero));

        Assert.Contains("another sim command", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCommandsWritingOneFolderLeaveOneCompleteSet()
    {
        var dir = Path.Combine(_files.Folder, "shared");
        var runs = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(k => Task.Run(() => SimCli.RunAsync("run", Baseline, "--runs", "30", "--seed", $"{k + 1}", "--in-process", "--format", "csv", "--out", dir))))
            .WaitAsync(TimeSpan.FromMinutes(3));

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var json = await File.ReadAllTextAsync(Path.Combine(dir, "result.json"));
        var seed = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("seed").GetInt32();
        Assert.Equal(runs[seed - 1].Out, await File.ReadAllTextAsync(Path.Combine(dir, "issues.csv")));
    }
}
