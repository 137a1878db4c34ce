using Simulator.Domain.Analysis;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>THEORY.md, "Kalai–Smorodinsky, egalitarian, utilitarian": the discrete set A–F. Exact: labels must match.</summary>
public sealed class DiscreteSolutionsTests
{
    private static readonly UtilityPoint[] Outcomes =
    [
        new("A", [1.0, 0.0]),
        new("B", [0.9, 0.45]),
        new("C", [0.6, 0.65]),
        new("D", [0.3, 0.8]),
        new("E", [0.0, 1.0]),
        new("F", [0.5, 0.4]),
    ];

    [Theory]
    [InlineData(SolutionConcept.Nash, "B")]
    [InlineData(SolutionConcept.KalaiSmorodinsky, "C")]
    [InlineData(SolutionConcept.Egalitarian, "C")]
    [InlineData(SolutionConcept.Utilitarian, "B")]
    public void Selects_the_textbook_outcome_with_zero_disagreement(SolutionConcept concept, string expected)
    {
        var problem = new BargainingProblem(Outcomes, [0.0, 0.0]);

        Assert.Equal(expected, DiscreteSolutions.Solve(problem, concept)!.Label);
    }

    [Theory]
    [InlineData(SolutionConcept.Nash, "B")]
    [InlineData(SolutionConcept.KalaiSmorodinsky, "C")]
    [InlineData(SolutionConcept.Egalitarian, "C")]
    public void Selects_the_textbook_outcome_with_disagreement_point_0_3_and_0_2(SolutionConcept concept, string expected)
    {
        var problem = new BargainingProblem(Outcomes, [0.3, 0.2]);

        Assert.Equal(expected, DiscreteSolutions.Solve(problem, concept)!.Label);
    }

    [Fact]
    public void Nash_products_match_the_oracle_with_zero_disagreement()
    {
        var problem = new BargainingProblem(Outcomes, [0.0, 0.0]);
        var score = DiscreteSolutions.Scorer(problem, SolutionConcept.Nash);

        // Tolerance 1e-12: products of two short decimals.
        Assert.Equal(0.405, Math.Exp(score(Outcomes[1])), 1e-12);
        Assert.Equal(0.39, Math.Exp(score(Outcomes[2])), 1e-12);
        Assert.Equal(0.24, Math.Exp(score(Outcomes[3])), 1e-12);
        Assert.True(double.IsNegativeInfinity(score(Outcomes[0])));
    }

    [Fact]
    public void Nash_products_match_the_oracle_with_disagreement_point_0_3_and_0_2()
    {
        var problem = new BargainingProblem(Outcomes, [0.3, 0.2]);
        var score = DiscreteSolutions.Scorer(problem, SolutionConcept.Nash);

        Assert.Equal(0.15, Math.Exp(score(Outcomes[1])), 1e-12);
        Assert.Equal(0.135, Math.Exp(score(Outcomes[2])), 1e-12);
    }

    [Fact]
    public void Only_B_C_and_D_are_individually_rational_and_undominated_and_the_ideal_point_is_taken_over_them()
    {
        var problem = new BargainingProblem(Outcomes, [0.3, 0.2]);

        // F (0.5, 0.4) is individually rational too, but B dominates it.
        Assert.Equal(["B", "C", "D"], ParetoFrontier.Of(problem.IndividuallyRational()).Select(o => o.Label));
        Assert.Equal([0.9, 0.8], problem.IdealPoint()!);
    }

    [Fact]
    public void The_dominated_outcome_F_is_not_on_the_Pareto_frontier()
    {
        var frontier = ParetoFrontier.Of(Outcomes).Select(o => o.Label).ToList();

        Assert.Equal(["A", "B", "C", "D", "E"], frontier);
    }

    [Fact]
    public void No_outcome_is_selected_when_nothing_is_individually_rational()
    {
        var problem = new BargainingProblem(Outcomes, [0.95, 0.95]);

        Assert.Null(DiscreteSolutions.Solve(problem, SolutionConcept.Nash));
    }

    [Fact]
    public void Two_losses_never_beat_a_gain_in_the_Nash_product()
    {
        // Both parties lose 0.5 at X (product of losses 0.25) but gain a little at Y.
        UtilityPoint[] outcomes = [new("X", [0.0, 0.0]), new("Y", [0.6, 0.55])];
        var problem = new BargainingProblem(outcomes, [0.5, 0.5]);

        Assert.Equal("Y", DiscreteSolutions.Solve(problem, SolutionConcept.Nash)!.Label);
    }
}
