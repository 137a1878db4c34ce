namespace Simulator.Cli.Tests;

/// <summary>An any-of linkage as users see it: validate, show, explain and analyze on the example scenario.</summary>
public sealed class LinkageAlternativesCommandTests
{
    private const string Example = "tests/Simulator.Cli.Tests/Scenarios/any-of-linkage.yaml";

    [Fact]
    public void TheExampleValidates() => Assert.Equal(0, SimCli.Run("validate", Example).ExitCode);

    [Fact]
    public void ShowWritesTheAlternatives()
    {
        var outcome = SimCli.Run("show", Example);

        var flat = System.Text.RegularExpressions.Regex.Replace(outcome.Out, @"\s+", " ");
        Assert.Contains("then (territory >= 70) or (military_limits >= 60) [any of]", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainNamesBothAlternativesInRussiasReasonAndTheDraftMeetsOne()
    {
        var outcome = SimCli.Run("explain", Example);

        Assert.Matches(@"Russia accepts Ceasefire >= 15 [^\n]*only with Territory >= 70 [^\n]* or Limits on Ukraine's military >= 60", outcome.Out);
        Assert.Matches(@"Limits on Ukraine's military: agreed at (6\d|70)", outcome.Out);
    }

    [Fact]
    public void AnalyzeFindsTheCeasefireZoneThroughTheSecondAlternative()
    {
        var outcome = SimCli.Run("analyze", Example, "--runs", "0");

        Assert.Matches(@"Ceasefire \(0\)\s*│ \[0, 100\]\s*│ agreeable from 10 to 100", outcome.Out);
    }
}
