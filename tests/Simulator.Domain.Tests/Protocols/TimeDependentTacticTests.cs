using Simulator.Domain.Protocols.Classic;

namespace Simulator.Domain.Tests.Protocols;

/// <summary>THEORY.md "Time-dependent tactics": price range [10, 20], κ = 0.1, tmax = 10.</summary>
public sealed class TimeDependentTacticTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void At_the_start_and_the_deadline_offers_do_not_depend_on_beta(double beta)
    {
        foreach (var curve in new[] { ConcessionCurve.Polynomial, ConcessionCurve.Exponential })
        {
            var tactic = new TimeDependentTactic(beta, 0.1, curve);

            // Tolerance 1e-9: exact in real arithmetic.
            Assert.Equal(11.0, tactic.BuyerOffer(10, 20, 0, 10), 1e-9);
            Assert.Equal(19.0, tactic.SellerOffer(10, 20, 0, 10), 1e-9);
            Assert.Equal(20.0, tactic.BuyerOffer(10, 20, 10, 10), 1e-9);
            Assert.Equal(10.0, tactic.SellerOffer(10, 20, 10, 10), 1e-9);
        }
    }

    [Theory]
    [InlineData(0.5, 13.25, 16.75)]
    [InlineData(1.0, 15.50, 14.50)]
    [InlineData(2.0, 17.364, 12.636)]
    public void Polynomial_offers_half_way_match_the_oracle(double beta, double buyer, double seller)
    {
        var tactic = new TimeDependentTactic(beta, 0.1, ConcessionCurve.Polynomial);

        // Tolerance 5e-4: the oracle prints three decimals for β = 2.
        Assert.Equal(buyer, tactic.BuyerOffer(10, 20, 5, 10), 5e-4);
        Assert.Equal(seller, tactic.SellerOffer(10, 20, 5, 10), 5e-4);
    }

    [Theory]
    [InlineData(0.5, 11.9629)]
    [InlineData(1.0, 13.1623)]
    [InlineData(2.0, 15.6234)]
    public void Exponential_buyer_offers_half_way_match_the_oracle(double beta, double buyer)
    {
        var tactic = new TimeDependentTactic(beta, 0.1, ConcessionCurve.Exponential);

        // Tolerance 5e-5: the oracle prints four decimals.
        Assert.Equal(buyer, tactic.BuyerOffer(10, 20, 5, 10), 5e-5);
    }

    [Theory]
    [InlineData(0.2, new[] { 1.0, 0.99941, 0.98125, 0.85762, 0.64571, 0.4 })]
    [InlineData(1.0, new[] { 1.0, 0.85, 0.7, 0.55, 0.46, 0.4 })]
    [InlineData(2.0, new[] { 1.0, 0.7, 0.57574, 0.48038, 0.43079, 0.4 })]
    public void Utility_space_targets_match_the_oracle_table_with_beta_equal_to_e(double e, double[] expected)
    {
        double[] times = [0, 0.25, 0.5, 0.75, 0.9, 1];
        var tactic = new TimeDependentTactic(e);

        for (var k = 0; k < times.Length; k++)
        {
            // Tolerance 5e-6: the oracle prints five decimals.
            Assert.Equal(expected[k], tactic.UtilityTarget(times[k], 1, 0.4, 1.0), 5e-6);
        }
    }

    [Fact]
    public void A_Boulware_agent_holds_out_longer_than_a_conceder()
    {
        var boulware = new TimeDependentTactic(0.2);
        var conceder = new TimeDependentTactic(5);

        Assert.True(boulware.UtilityTarget(0.5, 1, 0, 1) > conceder.UtilityTarget(0.5, 1, 0, 1));
    }

    [Fact]
    public void The_exponential_family_refuses_a_zero_kappa()
    {
        var tactic = new TimeDependentTactic(1, 0, ConcessionCurve.Exponential);

        Assert.Throws<ArgumentOutOfRangeException>(() => tactic.Alpha(5, 10));
    }
}
