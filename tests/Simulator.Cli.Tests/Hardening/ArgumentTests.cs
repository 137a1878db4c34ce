namespace Simulator.Cli.Tests.Hardening;

/// <summary>Empty, NUL-holding and otherwise unusable file names, and counts and seeds out of range, are clear errors (exit 2) on every command.</summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly HostileScenario _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string[]> EveryCommandWithFile(string file) =>
    [
        ["validate", file],
        ["show", file],
        ["run", file, "--runs", "5", "--in-process"],
        ["explain", file],
        ["analyze", file, "--runs", "0"],
        ["forecast", file],
        ["play", file],
        ["bench", file, "--runs", "10", "--batch", "5", "--repeat", "1"],
        ["sweep", file, "--param", "parties.russia.reservationUtility=0.1..0.5:2", "--runs", "5", "--in-process"],
        ["sensitivity", file, "--runs", "5", "--in-process"],
        ["compare", file, file, "--runs", "5", "--in-process"],
        ["report", file, "--out", "report.html", "--runs", "5", "--in-process"],
        ["calibrate", file, "--runs", "5"],
    ];

    public static TheoryData<string[]> EmptyFile => EveryCommandWithFile("");

    public static TheoryData<string[]> NulFile => EveryCommandWithFile("a\0b.yaml");

    [Theory]
    [MemberData(nameof(EmptyFile))]
    public void EmptyFileArgumentIsAClearError(string[] args)
    {
        var result = SimCli.Run(args);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Err}");
        Assert.Contains("argument is empty", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NulFile))]
    public void NulInTheFileNameIsAClearError(string[] args)
    {
        var result = SimCli.Run(args);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Err}");
        Assert.Contains("control character", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', result.Err);
    }

    [Fact]
    public void NulInABasePathIsAnErrorAtItsLine()
    {
        var file = _files.Write("over.yaml", "title: x\nbase: \"a\\0b.yaml\"\n");

        var result = SimCli.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("over.yaml:2:7:", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs: 1000", "runs: 2147483648")]
    [InlineData("runs: 1000", "runs: 10000001")]
    [InlineData("seed: 20250516", "seed: 18446744073709551616")]
    public void CountsAndSeedsBeyondTheirRangeFailValidationAndRun(string find, string replace)
    {
        var file = _files.SeedWith(find, replace);

        var validate = SimCli.Run("validate", file);
        var run = SimCli.Run("run", file, "--in-process");

        Assert.Equal(2, validate.ExitCode);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains("monteCarlo.", validate.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bench", "--runs", "1000", "--batch", "2147483647")]
    [InlineData("bench", "--batch", "0")]
    [InlineData("analyze", "--runs", "2147483647")]
    [InlineData("run", "--runs", "2147483647")]
    [InlineData("run", "--seed", "18446744073709551616")]
    [InlineData("explain", "--run", "2147483647")]
    [InlineData("sensitivity", "--bins", "100000")]
    public void FlagsBeyondTheirRangeAreRefusedBeforeAnyWork(string command, params string[] flags)
    {
        var result = SimCli.Run([command, "scenarios/istanbul-2025-05-16.yaml", .. flags]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Err}");
        Assert.DoesNotContain("internal error", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceAsTheFileIsRefusedWithoutReadingIt()
    {
        var result = SimCli.Run("validate", "/dev/zero");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("special file", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseOutsideTheTreeIsRefusedWithoutEchoingTheFile()
    {
        var file = _files.Write("over.yaml", "title: x\nbase: /etc/passwd.yaml\n");
        var shadow = _files.Write("leak.yaml", "title: x\nbase: ../../../../../../../../etc/hostname\n");

        var outside = SimCli.Run("validate", file);
        var notYaml = SimCli.Run("validate", shadow);

        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("lies outside", outside.Err, StringComparison.Ordinal);
        Assert.Equal(2, notYaml.ExitCode);
        Assert.Contains("not a .yaml file", notYaml.Err, StringComparison.Ordinal);
    }
}
