using Simulator.Domain.Analysis;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Analysis;

public sealed class ScenarioBargainingTests
{
    private static ScenarioBargaining Principals(Scenario scenario)
    {
        var space = new AgreementSpace(scenario);
        return new ScenarioBargaining(space, space.Consenting);
    }

    [Fact]
    public void The_disagreement_point_is_each_partys_utility_with_nothing_agreed()
    {
        var bargaining = Principals(AnalysisScenarios.Split());

        // Tolerance 1e-12: 0.5 × (1 − 50/100) + 0.5 × 0.
        Assert.Equal(0.25, bargaining.Disagreement[0], 1e-12);
        Assert.Equal(0.25, bargaining.Disagreement[1], 1e-12);
    }

    [Theory]
    [InlineData(SolutionConcept.Nash, 50.0)]
    [InlineData(SolutionConcept.KalaiSmorodinsky, 50.0)]
    [InlineData(SolutionConcept.Egalitarian, 50.0)]
    [InlineData(SolutionConcept.WeightedNash, 83.333)]
    public void On_the_split_and_bonus_table_the_concepts_reproduce_the_linear_pie(SolutionConcept concept, double split)
    {
        var outcome = Principals(AnalysisScenarios.Split()).Solve(concept)!;

        // Tolerance one point: edge points are spaced 1% of the edge from 0 to 100.
        Assert.Equal(split, outcome.Values[0], 1.0);
        Assert.Equal(100, outcome.Values[1], 1e-9);
    }

    [Fact]
    public void Every_solution_point_is_acceptable_individually_rational_and_on_the_frontier()
    {
        var scenario = AnalysisScenarios.Istanbul(ceasefireTrigger: 30, russiaMidLevel: false);
        var space = new AgreementSpace(scenario);
        var bargaining = new ScenarioBargaining(space, space.Consenting);
        var frontier = bargaining.Frontier();

        foreach (var concept in Enum.GetValues<SolutionConcept>())
        {
            var outcome = bargaining.Solve(concept)!;
            Assert.True(space.IsAcceptable(outcome.Values.ToArray()));
            Assert.True(outcome.Point.IsIndividuallyRational(bargaining.Disagreement));
            Assert.Contains(outcome, frontier);
        }
    }

    [Theory]
    [InlineData(UtilityShape.Linear)]
    [InlineData(UtilityShape.Concave)]
    public void The_Nash_point_is_at_least_as_good_as_a_brute_force_search_over_a_ten_point_grid(UtilityShape shape)
    {
        var scenario = AnalysisScenarios.Istanbul(ceasefireTrigger: 30, russiaMidLevel: false, shape: shape);
        var space = new AgreementSpace(scenario);
        var bargaining = new ScenarioBargaining(space, space.Consenting);
        var d = bargaining.Disagreement;

        var bruteForce = double.NegativeInfinity;
        var outcome = new double[4];
        for (var k = 0; k < 11 * 11 * 11 * 11; k++)
        {
            var rest = k;
            for (var i = 0; i < 4; i++)
            {
                outcome[i] = rest % 11 * 10.0;
                rest /= 11;
            }

            // The grid's values stand for "agreed there"; 20 on territory is its status quo.
            if (space.IsAcceptable(outcome))
            {
                double[] u = [space.Utility(0, outcome), space.Utility(1, outcome)];
                bruteForce = Math.Max(bruteForce, DiscreteSolutions.LogNashProduct(u, d, null));
            }
        }

        var nash = bargaining.Solve(SolutionConcept.Nash)!;
        var found = DiscreteSolutions.LogNashProduct(nash.Point.Utilities, d, null);
        Assert.True(found >= bruteForce - 1e-9, $"search {found} < brute force {bruteForce}");
    }

    [Fact]
    public void The_linked_ceasefire_stays_below_the_trigger_in_every_solution()
    {
        var bargaining = Principals(AnalysisScenarios.Istanbul(ceasefireTrigger: 30));

        foreach (var concept in Enum.GetValues<SolutionConcept>())
        {
            Assert.InRange(bargaining.Solve(concept)!.Values[1], 0, 30 - 1e-9);
        }
    }
}
