namespace Simulator.Cli.Tests;

/// <summary>A misspelt option is an error with a suggestion, never silently ignored.</summary>
[Collection("console")]
public sealed class StrictParsingTests
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    [Theory]
    [InlineData("run", "--rusn", "100", "--runs")]
    [InlineData("run", "--sett", "parties.russia.concessionBeta=1", "--set")]
    [InlineData("sweep", "--prams", "parties.russia.concessionBeta=0.2..2:3", "--param")]
    [InlineData("explain", "--sede", "3", "--seed")]
    public async Task A_misspelt_option_fails_with_exit_2_and_names_the_option_meant(string command, string typo, string value, string meant)
    {
        var (code, output, error) = await CliRun.RunAsync(command, RepositoryFiles.PathOf(Baseline), typo, value);
        Assert.Equal(2, code);
        Assert.Contains($"Unknown option '{typo.TrimStart('-')}'", error, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{meant}'?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Prisoner exchange", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stray_argument_is_refused()
    {
        var (code, _, error) = await CliRun.RunAsync("run", RepositoryFiles.PathOf(Baseline), "2000");
        Assert.Equal(2, code);
        Assert.Contains("'2000'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_command_suggests_the_nearest_one()
    {
        var (code, _, error) = await CliRun.RunAsync("rn", RepositoryFiles.PathOf(Baseline));
        Assert.Equal(2, code);
        Assert.Contains("did you mean 'sim run'?", error, StringComparison.Ordinal);
    }
}
