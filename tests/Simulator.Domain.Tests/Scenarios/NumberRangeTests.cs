using Simulator.Domain.Scenarios.Loading;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Counts and seeds in a file have a documented range, checked when the file is validated (not later, by an overflow).</summary>
public sealed class NumberRangeTests
{
    [Theory]
    [InlineData("2147483648")]
    [InlineData("10000001")]
    [InlineData("1e30")]
    public void RunsBeyondTheLimitAreRefusedAtTheirLine(string runs)
    {
        var text = MiniScenario.With("runs: 100", $"runs: {runs}");

        var error = Single(text, "monteCarlo.runs");

        Assert.Equal(MiniScenario.LineOf(text, "monteCarlo:"), error.Line);
        Assert.Contains("10,000,000", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999999")]
    [InlineData("1.5e19")]
    public void SeedOfTwoToTheSixtyFourOrMoreIsRefusedInsteadOfBecomingOne(string seed)
    {
        var text = MiniScenario.With("seed: 7", $"seed: {seed}");

        var errors = ErrorsOf(text);

        var error = Assert.Single(errors, e => e.Message.Contains("monteCarlo.seed", StringComparison.Ordinal));
        Assert.Equal(MiniScenario.LineOf(text, "monteCarlo:"), error.Line);
    }

    [Fact]
    public void LargestSeedIsKept()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.With("seed: 7", "seed: 18446744073709551615"), "test.yaml");

        Assert.Equal(ulong.MaxValue, scenario.MonteCarlo.Seed);
    }
}
