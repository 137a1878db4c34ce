using Simulator.Domain.Analysis;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>THEORY.md "Shapley value and voting power". Tolerance 1e-12: exact rationals in doubles.</summary>
public sealed class PowerIndexTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Shapley_Shubik_of_quota_51_with_weights_50_30_20_is_two_thirds_one_sixth_one_sixth()
    {
        var rule = ApprovalRule.WeightedMajority(51, [50, 30, 20]);

        var index = rule.ShapleyShubik();

        Assert.Equal(2.0 / 3, index[0], Tolerance);
        Assert.Equal(1.0 / 6, index[1], Tolerance);
        Assert.Equal(1.0 / 6, index[2], Tolerance);
    }

    [Fact]
    public void Normalised_Banzhaf_of_the_same_game_is_three_fifths_one_fifth_one_fifth()
    {
        var rule = ApprovalRule.WeightedMajority(51, [50, 30, 20]);

        var index = rule.NormalisedBanzhaf();

        Assert.Equal(3.0 / 5, index[0], Tolerance);
        Assert.Equal(1.0 / 5, index[1], Tolerance);
        Assert.Equal(1.0 / 5, index[2], Tolerance);
    }

    [Fact]
    public void Shapley_value_of_the_three_player_game_is_45_40_35()
    {
        var game = CoalitionGame.FromTable(3, new Dictionary<int[], double>
        {
            [[0, 1]] = 90,
            [[0, 2]] = 80,
            [[1, 2]] = 70,
            [[0, 1, 2]] = 120,
        });

        var phi = ShapleyValue.Of(game);

        Assert.Equal(45, phi[0], Tolerance);
        Assert.Equal(40, phi[1], Tolerance);
        Assert.Equal(35, phi[2], Tolerance);
        Assert.Equal(120, phi.Sum(), Tolerance);
    }

    [Fact]
    public void Shapley_Shubik_of_the_five_party_game_matches_the_oracle()
    {
        // [51; UA 30, RU 30, US 20, EU 15, TR 5]
        var rule = ApprovalRule.WeightedMajority(51, [30, 30, 20, 15, 5]);

        var index = rule.ShapleyShubik();

        Assert.Equal(19.0 / 60, index[0], Tolerance);
        Assert.Equal(19.0 / 60, index[1], Tolerance);
        Assert.Equal(7.0 / 30, index[2], Tolerance);
        Assert.Equal(1.0 / 15, index[3], Tolerance);
        Assert.Equal(1.0 / 15, index[4], Tolerance);
    }

    [Fact]
    public void Required_endorsements_concentrate_power_on_the_veto_players()
    {
        var rule = new ApprovalRule(51, [30, 30, 20, 15, 5], [0, 1]);

        var index = rule.ShapleyShubik();

        Assert.True(index[0] > 19.0 / 60);
        Assert.Equal(index[0], index[1], Tolerance);
        Assert.Equal(1.0, index.Sum(), Tolerance);
    }

    [Fact]
    public void Unanimity_between_two_parties_has_one_winning_coalition_and_equal_power()
    {
        var rule = new ApprovalRule(0, [1, 1], [0, 1]);

        Assert.Equal(1, rule.WinningCoalitionCount());
        Assert.Equal(0.5, rule.ShapleyShubik()[0], Tolerance);
        Assert.Equal(0.5, rule.NormalisedBanzhaf()[1], Tolerance);
    }
}
