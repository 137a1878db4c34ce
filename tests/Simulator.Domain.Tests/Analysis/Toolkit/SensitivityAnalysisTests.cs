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
        // The bystander cannot matter: it is not ranked as a driver at 0.0, but its effect is reported with intervals that straddle 0.
        Assert.Single(drivers);
        var bystander = report.Parameters.Single(p => p.Path == "bystander").Effects[0];
        Assert.Equal(0, bystander.Swing);
        Assert.False(bystander.BeyondNoise);
        Assert.True(bystander.SwingInterval!.Low < 0 && bystander.SwingInterval.High > 0);
    }

    [Fact]
    public void Every_swing_and_index_carries_an_interval_that_contains_it()
    {
        const int runs = 30;
        var plan = SensitivityPlan.For(Table, bins: 4);
        // decider moves the share from 30% to 70% over its range; bystander does nothing.
        var results = plan.Probes
            .Select(p => Result(p.Parameter.Path == "decider" ? (int)Math.Round(runs * (0.3 + (0.4 * p.Value))) : runs / 2, runs))
            .ToList();
        var report = SensitivityAnalysis.Compute(plan, results, Result(runs / 2, runs));

        Assert.Contains("Wilson", report.Intervals, StringComparison.Ordinal);
        Assert.Contains("bootstrap", report.Intervals, StringComparison.Ordinal);
        foreach (var effect in report.Parameters.SelectMany(p => p.Effects))
        {
            Assert.InRange(effect.Swing, effect.SwingInterval!.Low, effect.SwingInterval.High);
            Assert.InRange(effect.FirstOrderIndex, effect.IndexInterval!.Low, effect.IndexInterval.High);
            Assert.InRange(effect.AtLow, effect.AtLowInterval!.Low, effect.AtLowInterval.High);
            Assert.InRange(effect.AtHigh, effect.AtHighInterval!.Low, effect.AtHighInterval.High);
        }

        // 30 runs per probe: the 40-point swing is beyond noise, and its interval is wide (the runs are few).
        var decider = report.Parameters.Single(p => p.Path == "decider").Effects[0];
        Assert.True(decider.BeyondNoise);
        Assert.True(decider.SwingInterval!.High - decider.SwingInterval.Low > 0.3, $"{decider.SwingInterval}");
    }

    [Fact]
    public void An_outcome_no_parameter_moves_beyond_noise_says_so_instead_of_ranking_zeros()
    {
        const int runs = 50;
        var plan = SensitivityPlan.For(Table, bins: 4);
        // Both parameters leave the share at about a half: 24 to 26 of 50 is binomial noise.
        var results = plan.Probes.Select((p, k) => Result(24 + (k % 3), runs)).ToList();
        var report = SensitivityAnalysis.Compute(plan, results, Result(25, runs));

        var issue = Assert.Single(report.Issues);
        Assert.Empty(issue.Drivers);
        Assert.Equal("No uncertain parameter moves this outcome beyond noise (50 runs per probe).", issue.Note);
    }

    [Fact]
    public void The_bootstrap_interval_is_reproducible_and_collapses_only_when_every_bin_agrees_on_a_certain_outcome()
    {
        (long, long)[] noisy = [(5, 20), (6, 20), (4, 20), (5, 20)];
        Assert.Equal(IndexBootstrap.Interval(noisy, 3), IndexBootstrap.Interval(noisy, 3));
        Assert.Equal(0, IndexBootstrap.Interval(noisy, 3).Low);
        Assert.True(IndexBootstrap.Interval(noisy, 3).High > 0);
        Assert.Equal(new IntervalEstimate(1, 1), IndexBootstrap.Interval([(0, 20), (0, 20), (20, 20), (20, 20)], 3));
        Assert.Equal(new IntervalEstimate(0, 0), IndexBootstrap.Interval([(0, 20), (0, 20), (0, 20), (0, 20)], 3));
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
