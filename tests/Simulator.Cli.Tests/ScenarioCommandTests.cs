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
        Assert.Contains("Ukraine", output, StringComparison.Ordinal);
        Assert.Contains("European", output, StringComparison.Ordinal);
        Assert.Contains("Zone of agreement", output, StringComparison.Ordinal);
        Assert.Contains("Russia's red line (min 70) vs Ukraine's red line (max 50): gap 20", LastColumn(output), StringComparison.Ordinal);
        Assert.Contains("Russia (ceasefire_needs_withdrawal): if Ceasefire >= 15 (between 'no ceasefire, fighting continues' and 'limited truce (e.g. energy infrastructure)') then Territory >= 70 ('Ukraine withdraws from the rest of the annexed regions')", Flat(output), StringComparison.Ordinal);
        Assert.Contains("Further talks (id follow_up_talks): 0 'no further talks', 50 'agreed in principle to meet again', 100 'next round scheduled'", Flat(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowWithSetChangesTheZone()
    {
        var (code, output, _) = await CliRun.RunAsync(
            "show", RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"), "--set", "parties.ukraine.stances.neutrality.redLine.max=75");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Russia's red line (min 70) vs Ukraine's red", output, StringComparison.Ordinal);
        Assert.Contains("Russia's red line (min 70) and Ukraine's red line (max 75)", LastColumn(output), StringComparison.Ordinal);
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

    /// <summary>The output with every run of white space (a wrapped line's break) as one space.</summary>
    private static string Flat(string output) => string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of every table's last column, its wrapped lines joined: a cell's sentence as one string.</summary>
    private static string LastColumn(string output) =>
        string.Join(' ', output.Split('\n').Select(l => l.Split('│') is { Length: > 2 } cells ? cells[^2].Trim() : string.Empty).Where(c => c.Length > 0));
}
