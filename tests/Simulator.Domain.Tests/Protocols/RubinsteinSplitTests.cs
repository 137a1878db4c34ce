using Simulator.Domain.Protocols.Classic;

namespace Simulator.Domain.Tests.Protocols;

/// <summary>THEORY.md "Rubinstein alternating offers". Tolerance 5e-7: the oracle prints six decimals.</summary>
public sealed class RubinsteinSplitTests
{
    private const double Tolerance = 5e-7;

    [Theory]
    [InlineData(0.9, 0.9, 0.526316)]
    [InlineData(0.95, 0.95, 0.512821)]
    [InlineData(0.9, 0.8, 0.714286)]
    [InlineData(0.8, 0.9, 0.357143)]
    public void Infinite_horizon_share_of_the_first_proposer_matches_the_closed_form(double delta1, double delta2, double expected)
    {
        Assert.Equal(expected, RubinsteinSplit.InfiniteHorizonProposerShare(delta1, delta2), Tolerance);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.1)]
    [InlineData(3, 0.91)]
    [InlineData(4, 0.181)]
    [InlineData(5, 0.8371)]
    [InlineData(10, 0.342801)]
    [InlineData(50, 0.523603)]
    public void Finite_horizon_share_with_delta_0_9_matches_the_oracle(int offers, double expected)
    {
        Assert.Equal(expected, RubinsteinSplit.FiniteHorizonProposerShare(0.9, 0.9, offers), Tolerance);
    }

    [Fact]
    public void Finite_horizon_share_agrees_with_the_common_delta_formula()
    {
        for (var offers = 1; offers <= 60; offers++)
        {
            var formula = (1 - Math.Pow(-0.9, offers)) / 1.9;
            Assert.Equal(formula, RubinsteinSplit.FiniteHorizonProposerShare(0.9, 0.9, offers), 1e-12);
        }
    }

    [Fact]
    public void Continuous_time_limit_gives_the_more_patient_party_more()
    {
        // δᵢ = e^(−rᵢΔ) with Δ small: the share tends to r₂/(r₁ + r₂) = 2/3 for r = (0.1, 0.2).
        var delta = 1e-6;
        var share = RubinsteinSplit.InfiniteHorizonProposerShare(Math.Exp(-0.1 * delta), Math.Exp(-0.2 * delta));

        // Tolerance 1e-6: the error of the limit is of the order of Δ.
        Assert.Equal(2.0 / 3, share, 1e-6);
        Assert.Equal(2.0 / 3, RubinsteinSplit.ContinuousTimeProposerShare(0.1, 0.2), 1e-12);
    }
}
