using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class SensitivityAnalysisTests
{
    private static readonly ParameterTable Table = new(
    [
        new Parameter("fixed", 1),
        new Parameter("decider", 0.5, new Provenance("it decides", "here", null), Uncertainty: new UniformUncertainty(0, 1)),
        new Parameter("bystander", 5, Uncertainty: new TriangularUncertainty(0, 5, 10)),
    ]);

    [Fact]
    public void The_plan_probes_both_ends_and_the_bin_midpoints_of_every_uncertain_parameter()
    {
        var plan = SensitivityPlan.For(Table, bins: 4);
        var decider = plan.Probes.Where(p => p.Parameter.Path == "decider").ToList();
        Assert.Equal([0, 1, 0.125, 0.375, 0.625, 0.875], decider.Select(p => p.Value));
        Assert.Equal(12, plan.Probes.Count);
        Assert.DoesNotContain(plan.Probes, p => p.Parameter.Path == "fixed");
    }

    [Fact]
    public void A_parameter_that_decides_an_outcome_ranks_first_and_one_that_cannot_affect_it_scores_zero()
    {
        // A model known analytically: the issue is agreed exactly when `decider` is above 0.5,
        // whatever `bystander` is; with `decider` sampled, half the runs agree.
        const int runs = 400;
        var plan = SensitivityPlan.For(Table, bins: 4);
        var results = plan.Probes
            .Select(p => Result(p.Parameter.Path == "decider" ? (p.Value > 0.5 ? runs : 0) : runs / 2, runs))
            .ToList();
        var report = SensitivityAnalysis.Compute(plan, results, Result(runs / 2, runs));

        var drivers = Assert.Single(report.Issues).Drivers;
        Assert.Equal("decider", drivers[0].Path);
        Assert.Equal(1, drivers[0].FirstOrderIndex, 12);
        Assert.Equal(1, drivers[0].Swing);
        Assert.Equal("it decides", drivers[0].Source!.Quote);
        Assert.Equal("bystander", drivers[1].Path);
        Assert.Equal(0, drivers[1].FirstOrderIndex);
        Assert.Equal(0, drivers[1].Swing);
    }

    [Fact]
    public void Too_few_bins_are_a_user_error()
    {
        Assert.Throws<AnalysisInputException>(() => SensitivityPlan.For(Table, bins: 1));
    }

    private static ExperimentResult Result(int agreed, int runs) => new(
        "synthetic",
        "Synthetic",
        runs,
        1,
        [new IssueResult("deal", "Deal", agreed, (double)agreed / runs, new ProbabilityInterval(0, 1), null, null, null, [])],
        [],
        [],
        1,
        10,
        new Dictionary<string, int>());
}
