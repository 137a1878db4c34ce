using Simulator.Domain.Analysis;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>THEORY.md continuous examples. Tolerance 1e-6 unless stated (the oracle prints six decimals).</summary>
public sealed class TwoPartyFrontierTests
{
    private const double Tolerance = 1e-6;

    private static readonly TwoPartyFrontier LinearPie = TwoPartyFrontier.FromFunction(u1 => 1 - u1, 0, 1);

    [Fact]
    public void Nash_on_the_linear_pie_with_disagreement_0_2_and_0_1_splits_the_surplus_equally()
    {
        var nash = LinearPie.Solve(SolutionConcept.Nash, 0.2, 0.1)!;

        Assert.Equal(0.55, nash.U1, Tolerance);
        Assert.Equal(0.45, nash.U2, Tolerance);
    }

    [Fact]
    public void Weighted_Nash_with_weights_2_and_1_gives_two_thirds_to_the_stronger_party()
    {
        var nash = LinearPie.Solve(SolutionConcept.WeightedNash, 0, 0, 2, 1)!;

        Assert.Equal(2.0 / 3, nash.U1, Tolerance);
        Assert.Equal(1.0 / 3, nash.U2, Tolerance);
    }

    [Fact]
    public void Nash_with_a_square_root_utility_gives_x_two_thirds()
    {
        var frontier = new TwoPartyFrontier(x => (x, Math.Sqrt(1 - x)));

        var nash = frontier.Solve(SolutionConcept.Nash, 0, 0)!;

        Assert.Equal(2.0 / 3, nash.T, Tolerance);
        Assert.Equal(0.577350, nash.U2, Tolerance);
    }

    [Fact]
    public void Nash_and_Kalai_Smorodinsky_differ_on_the_frontier_one_minus_u_squared()
    {
        var frontier = TwoPartyFrontier.FromFunction(u1 => 1 - (u1 * u1), 0, 1);

        var nash = frontier.Solve(SolutionConcept.Nash, 0, 0)!;
        var ks = frontier.Solve(SolutionConcept.KalaiSmorodinsky, 0, 0)!;

        Assert.Equal(0.577350, nash.U1, Tolerance);
        Assert.Equal(0.666667, nash.U2, Tolerance);
        Assert.Equal(0.618034, ks.U1, Tolerance);
        Assert.Equal(0.618034, ks.U2, Tolerance);
    }

    [Fact]
    public void Nash_picks_the_corner_of_the_quadrilateral_and_Kalai_Smorodinsky_equals_egalitarian_there()
    {
        var frontier = TwoPartyFrontier.FromConvexHull([(0, 0), (1, 0), (1, 0.7), (0, 1)]);

        var nash = frontier.Solve(SolutionConcept.Nash, 0, 0)!;
        var ks = frontier.Solve(SolutionConcept.KalaiSmorodinsky, 0, 0)!;
        var egalitarian = frontier.Solve(SolutionConcept.Egalitarian, 0, 0)!;

        Assert.Equal(1.0, nash.U1, Tolerance);
        Assert.Equal(0.7, nash.U2, Tolerance);
        Assert.Equal(0.769231, ks.U1, Tolerance);
        Assert.Equal(0.769231, ks.U2, Tolerance);
        Assert.Equal(ks.U1, egalitarian.U1, Tolerance);
        Assert.Equal(ks.U2, egalitarian.U2, Tolerance);
    }

    [Fact]
    public void The_ideal_point_is_taken_over_the_individually_rational_part_of_the_frontier()
    {
        var ideal = LinearPie.IdealPoint(0.2, 0.1)!.Value;

        Assert.Equal(0.9, ideal.A1, Tolerance);
        Assert.Equal(0.8, ideal.A2, Tolerance);
    }

    [Fact]
    public void Nothing_is_selected_when_the_disagreement_point_lies_beyond_the_frontier()
    {
        Assert.Null(LinearPie.Solve(SolutionConcept.Nash, 0.6, 0.6));
    }

    [Fact]
    public void Utilitarian_on_the_quadrilateral_is_the_corner_with_the_largest_sum()
    {
        var frontier = TwoPartyFrontier.FromConvexHull([(0, 0), (1, 0), (1, 0.7), (0, 1)]);

        var utilitarian = frontier.Solve(SolutionConcept.Utilitarian, 0, 0)!;

        Assert.Equal(1.7, utilitarian.U1 + utilitarian.U2, Tolerance);
    }
}
