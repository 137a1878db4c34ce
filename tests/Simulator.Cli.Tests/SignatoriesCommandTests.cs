namespace Simulator.Cli.Tests;

/// <summary>Signatories and an absent party as users see them: validate, show, explain and analyze on the example scenario.</summary>
public sealed class SignatoriesCommandTests
{
    private const string Example = "tests/Simulator.Cli.Tests/Scenarios/signatories.yaml";

    [Fact]
    public void TheExampleValidates() => Assert.Equal(0, SimCli.Run("validate", Example).ExitCode);

    [Fact]
    public void ShowMarksTheAbsentPartyTheSignatoriesAndALimitThatDoesNotBind()
    {
        var output = SimCli.Run("show", Example).Out;
        var flat = System.Text.RegularExpressions.Regex.Replace(output, @"[\s│]+", " ");

        Assert.Matches(@"│ (principal, )?absent\s*│", output);
        // Narrow cells wrap, so each phrase is looked for within its cell's line.
        Assert.Matches(@"│ signed by\s", output);
        Assert.Matches(@"\(not a\s", output);
        Assert.Matches(@"Shipping corridor │ 0 \('no corridor'\) to 70\s+[^│]*│ limited by Shipping", output);
        Assert.DoesNotContain("Russia's red line (max 10)", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainSaysTheAbsentPartyAnswersOnItsStatedLimits()
    {
        var outcome = SimCli.Run("explain", Example);

        Assert.Contains("Shipping insurers (absent: on its stated limits): ", outcome.Out, StringComparison.Ordinal);
        Assert.Matches(@"Shipping corridor: agreed at (6\d|70)", outcome.Out);
    }

    [Fact]
    public void AnalyzeBoundsTheCorridorByItsSignatories()
    {
        var outcome = SimCli.Run("analyze", Example, "--runs", "0");

        Assert.Matches(@"Shipping corridor \(0\)\s*│ \[0, 70\]\s*│ agreeable from 10 to 70", outcome.Out);
    }
}
