namespace Simulator.Cli.Tests;

/// <summary>End-to-end: `sim validate` and `sim show` on the shipped files and on broken input.</summary>
public sealed class ScenarioCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sim-cli-{Guid.NewGuid():N}");

    public ScenarioCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string[] ShippedFiles() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("scenarios"), "*.yaml").Concat(Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.yaml")).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ValidateExitsZeroAndSaysOkForEveryShippedFile()
    {
        var files = ShippedFiles();

        var (code, output, error) = await CliRun.RunAsync(["validate", .. files]);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        foreach (var file in files)
        {
            Assert.Contains($"{file}: ok", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ValidateExitsTwoAndPointsAtTheLineOfAMisspeltPartyId()
    {
        var seed = File.ReadAllText(RepositoryFiles.PathOf("seeds/istanbul-2025-05-16.yaml"));
        var broken = seed.Replace("mediator: turkey", "mediator: turky", StringComparison.Ordinal);
        var path = Path.Combine(_directory, "misspelt.yaml");
        File.WriteAllText(path, broken);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("mediator: turky", StringComparison.Ordinal)) + 1;

        var (code, _, error) = await CliRun.RunAsync("validate", path);

        Assert.Equal(2, code);
        Assert.Contains($"misspelt.yaml:{line}:13: unknown party 'turky'", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'turkey'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateReportsEveryFileAndFailsIfAnyIsBad()
    {
        var bad = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(bad, "id: [unclosed\n");
        var good = RepositoryFiles.PathOf("scenarios/what-if-all-or-nothing.yaml");

        var (code, output, error) = await CliRun.RunAsync("validate", bad, good);

        Assert.Equal(2, code);
        Assert.Contains($"{good}: ok", output, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateRejectsASetOnAnUnknownPath()
    {
        var (code, _, error) = await CliRun.RunAsync("validate", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--set", "parties.rusia.capability=50");

        Assert.Equal(2, code);
        Assert.Contains("--set:1:1:", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'russia'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowPrintsTheTableAndTheZonesOfAgreement()
    {
        var (code, output, _) = await CliRun.RunAsync("show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));

        Assert.Equal(0, code);
        Assert.Contains("ukraine", output, StringComparison.Ordinal);
        Assert.Contains("europe", output, StringComparison.Ordinal);
        Assert.Contains("Zone of agreement", output, StringComparison.Ordinal);
        Assert.Contains("russia's red line (min 70) vs ukraine's red", output, StringComparison.Ordinal);
        Assert.Contains("russia.ceasefire_needs_withdrawal: if ceasefire >= 15 then territory >= 70", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowWithSetChangesTheZone()
    {
        var (code, output, _) = await CliRun.RunAsync(
            "show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--set", "parties.ukraine.stances.neutrality.redLine.max=75");

        Assert.Equal(0, code);
        Assert.DoesNotContain("russia's red line (min 70) vs ukraine's red", output, StringComparison.Ordinal);
        Assert.Contains("[70, 75]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPinsAnUncertainParameterEvenOutsideItsFormerRange()
    {
        var (code, output, _) = await CliRun.RunAsync(
            "show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--set", "parties.ukraine.stances.neutrality.redLine.max=75", "--explain", "parties.ukraine.stances.neutrality.redLine.max");

        Assert.Equal(0, code);
        Assert.Contains("75", output, StringComparison.Ordinal);
        Assert.DoesNotContain("uniform", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowExplainPrintsTheProvenanceOfAParameter()
    {
        var (code, output, _) = await CliRun.RunAsync(
            "show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--explain", "protocol.timeBudgetMinutes");

        Assert.Equal(0, code);
        Assert.Contains("which lasted just over 90 minutes", output, StringComparison.Ordinal);
        Assert.Contains("uniform [85, 100]", output, StringComparison.Ordinal);
        Assert.Contains("0.95", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowExplainOnAnUnknownPathSuggestsTheRightOne()
    {
        var (code, _, error) = await CliRun.RunAsync(
            "show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--explain", "parties.rusia.capability");

        Assert.Equal(2, code);
        Assert.Contains("did you mean 'parties.russia.capability'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowOnAMissingFileExitsTwoWithoutAStackTrace()
    {
        var (code, _, error) = await CliRun.RunAsync("show", Path.Combine(_directory, "absent.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
