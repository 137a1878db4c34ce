using CsCheck;
using Simulator.Domain.Analysis;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>THEORY.md "Property checks" for the solution concepts and the Shapley value.</summary>
public sealed class BargainingPropertyTests
{
    // Random discrete problems: 2 or 3 parties, 3 to 15 outcomes, disagreement at the origin.
    private static readonly Gen<BargainingProblem> Problems =
        from parties in Gen.Int[2, 3]
        from rows in Gen.Double[0.01, 1.0].Array[parties].Array[3, 15]
        select new BargainingProblem(
            rows.Select((u, k) => new UtilityPoint($"o{k}", u)).ToArray(),
            new double[parties]);

    // Invariance is a claim about the solution; where two outcomes tie exactly, the tie-break
    // (larger sum) is a convention that rescaling may change, so ties are left out.
    private static Gen<BargainingProblem> WithUniqueOptimum(SolutionConcept concept) =>
        Problems.Where(problem =>
        {
            var score = DiscreteSolutions.Scorer(problem, concept);
            var scores = ParetoFrontier.Of(problem.IndividuallyRational()).Select(score).OrderDescending().ToList();
            return scores.Count == 1 || scores[0] - scores[1] > 1e-6;
        });

    // A positive affine rescaling per party: u ↦ a·u + b with a in [0.1, 10], b in [−5, 5].
    private static readonly Gen<(double Scale, double Shift)[]> Rescalings =
        Gen.Select(Gen.Double[0.1, 10.0], Gen.Double[-5.0, 5.0]).Array[3];

    [Fact]
    public void Nash_is_never_dominated_by_another_outcome()
    {
        Problems.Sample(problem =>
        {
            var nash = DiscreteSolutions.Solve(problem, SolutionConcept.Nash);
            Assert.NotNull(nash);
            Assert.DoesNotContain(problem.Outcomes, o => o.Dominates(nash));
        });
    }

    [Fact]
    public void Nash_is_invariant_under_positive_affine_rescaling_of_any_party()
    {
        Gen.Select(WithUniqueOptimum(SolutionConcept.Nash), Rescalings).Sample((problem, rescaling) =>
        {
            var before = DiscreteSolutions.Solve(problem, SolutionConcept.Nash)!.Label;
            var after = DiscreteSolutions.Solve(Rescale(problem, rescaling), SolutionConcept.Nash)!.Label;
            Assert.Equal(before, after);
        });
    }

    [Fact]
    public void Kalai_Smorodinsky_is_invariant_under_positive_affine_rescaling_of_any_party()
    {
        Gen.Select(WithUniqueOptimum(SolutionConcept.KalaiSmorodinsky), Rescalings).Sample((problem, rescaling) =>
        {
            var before = DiscreteSolutions.Solve(problem, SolutionConcept.KalaiSmorodinsky)!.Label;
            var after = DiscreteSolutions.Solve(Rescale(problem, rescaling), SolutionConcept.KalaiSmorodinsky)!.Label;
            Assert.Equal(before, after);
        });
    }

    [Fact]
    public void Continuous_Nash_moves_with_an_affine_rescaling_of_the_frontier()
    {
        Gen.Select(Gen.Double[0.3, 3.0], Gen.Double[0.1, 10.0], Gen.Double[-5.0, 5.0]).Sample((power, scale, shift) =>
        {
            var plain = new TwoPartyFrontier(t => (t, 1 - Math.Pow(t, power)));
            var rescaled = new TwoPartyFrontier(t => ((scale * t) + shift, 1 - Math.Pow(t, power)));

            var before = plain.Solve(SolutionConcept.Nash, 0, 0)!;
            var after = rescaled.Solve(SolutionConcept.Nash, shift, 0)!;

            // Tolerance 1e-6 in the curve parameter: the search narrows to about 1e-12.
            Assert.Equal(before.T, after.T, 1e-6);
        });
    }

    [Fact]
    public void The_two_party_frontier_sweep_keeps_exactly_the_undominated_points()
    {
        Gen.Double[0.0, 1.0].Array[2].Array[1, 40].Sample(rows =>
        {
            var points = rows.Select((u, k) => new UtilityPoint($"o{k}", u)).ToArray();
            var expected = points.Where(p => !points.Any(q => q.Dominates(p))).Select(p => p.Label);
            Assert.Equal(expected, ParetoFrontier.Of(points).Select(p => p.Label));
        });
    }

    [Fact]
    public void Shapley_values_add_up_to_the_worth_of_the_grand_coalition()
    {
        var games =
            from n in Gen.Int[1, 6]
            from worths in Gen.Double[-10.0, 100.0].Array[1 << n]
            select (n, worths);
        games.Sample((n, worths) =>
        {
            var game = new CoalitionGame(n, mask => worths[mask]);
            Assert.Equal(worths[(1 << n) - 1], ShapleyValue.Of(game).Sum(), 1e-9);
        });
    }

    private static BargainingProblem Rescale(BargainingProblem problem, (double Scale, double Shift)[] rescaling)
    {
        double Map(int i, double u) => (rescaling[i].Scale * u) + rescaling[i].Shift;
        var outcomes = problem.Outcomes
            .Select(o => o with { Utilities = o.Utilities.Select((u, i) => Map(i, u)).ToArray() })
            .ToArray();
        return new BargainingProblem(outcomes, problem.Disagreement.Select((d, i) => Map(i, d)).ToArray());
    }
}
