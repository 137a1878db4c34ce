using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Calibration;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.Calibration;

public sealed class CalibratorTests
{
    private static ScenarioCalibrationModel Model(string observed = "{agreed: true, value: 60}", double? tolerance = 0, int maxRounds = 20) =>
        new(ThresholdScenario.Compile(observed, maxRounds), [], tolerance is { } t ? ValueTolerance.Parse([t.ToString(System.Globalization.CultureInfo.InvariantCulture)], ["swap"]) : ValueTolerance.None);

    [Fact]
    public void Posterior_of_a_uniform_prior_cut_by_a_hard_threshold_is_the_uniform_above_it()
    {
        var result = Calibrator.Run(Model(), runs: 20_000, seed: 11);

        var p = Assert.Single(result.Parameters);
        Assert.Equal(ThresholdScenario.RedLinePath, p.Path);
        // Closed form: with tolerance 0 a run is accepted iff max >= 60 (below it the mediator
        // re-drafts at the learned limit, never exactly 60), so P(accept) = 0.4 and the posterior is U[60, 100].
        Assert.InRange(result.AcceptanceRate, 0.39, 0.41);
        Assert.InRange(p.Posterior.Mean, 79.5, 80.5);
        Assert.InRange(p.Posterior.Low, 61.4, 62.6);
        Assert.InRange(p.Posterior.High, 97.4, 98.6);
        Assert.InRange(p.Prior.Mean, 49.5, 50.5);
        Assert.InRange(p.Prior.Low, 4.4, 5.6);
        Assert.InRange(p.Prior.High, 94.4, 95.6);
        Assert.True(p.Moved);
        // KS distance between U[0,100] and U[60,100] is 0.6 (at 60).
        Assert.InRange(p.Distance, 0.58, 0.62);
        Assert.Equal(0, p.PosteriorHistogram.Take(12).Sum());
    }

    [Fact]
    public void Result_is_identical_however_the_runs_are_batched_and_spread()
    {
        var model = Model();
        var one = Calibrator.Run(model, runs: 3_000, seed: 5, batchSize: 3_000, parallelism: 1);
        var many = Calibrator.Run(model, runs: 3_000, seed: 5, batchSize: 7, parallelism: 4);

        Assert.Equal(one.Accepted, many.Accepted);
        Assert.Equal(one.Parameters[0].Posterior, many.Parameters[0].Posterior);
        Assert.Equal(one.Parameters[0].Prior, many.Parameters[0].Prior);
        Assert.Equal(one.Parameters[0].PosteriorHistogram, many.Parameters[0].PosteriorHistogram);
    }

    [Fact]
    public void Prior_draws_are_the_draws_sim_run_makes_for_the_same_seed_and_run()
    {
        var scenario = ThresholdScenario.Compile();
        var model = new ScenarioCalibrationModel(scenario, [], ValueTolerance.None);
        var drawn = new double[1];
        var matched = new bool[1];
        model.Run(9, 17, drawn, matched);

        var random = new Xoshiro256StarStar(SplitMix64.RunSeed(9, 17));
        var values = ParameterSampler.Sample(scenario.Parameters, random);
        Assert.Equal(values[scenario.Parameters.IndexOf(ThresholdScenario.RedLinePath)], drawn[0]);
        Assert.Equal(ExperimentRunner.RunOne(scenario, 9, 17).Agreed[0], matched[0]);
    }

    [Fact]
    public void No_accepted_run_is_an_error_that_says_to_run_more_or_widen_the_tolerance()
    {
        // No draft is ever above 60, so a record of 95 cannot be met.
        var result = Calibrator.Run(Model("{agreed: true, value: 95}", tolerance: 1), runs: 500, seed: 3);

        var error = Assert.Throws<AnalysisInputException>(() => result.EnsureTrustworthy(CalibrationResult.DefaultMinAccepted));
        Assert.Contains("no run reproduced the record: 0 of 500 runs", error.Message, StringComparison.Ordinal);
        Assert.Contains("--runs 5,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("wider --tolerance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_accepted_runs_is_an_error_that_names_the_runs_needed()
    {
        var result = Calibrator.Run(Model(), runs: 100, seed: 3);

        var error = Assert.Throws<AnalysisInputException>(() => result.EnsureTrustworthy(500));
        Assert.Contains("too few accepted runs to trust", error.Message, StringComparison.Ordinal);
        Assert.Contains("for 500 accepted", error.Message, StringComparison.Ordinal);
        result.EnsureTrustworthy(10);
    }

    [Fact]
    public void Without_a_tolerance_only_agreed_or_not_counts()
    {
        // Agreed at any value: the mediator re-drafts below a low red line, so more runs match.
        var loose = Calibrator.Run(Model(tolerance: null), runs: 2_000, seed: 1);
        var tight = Calibrator.Run(Model(), runs: 2_000, seed: 1);

        Assert.True(loose.Accepted > tight.Accepted);
    }

    [Fact]
    public void Low_acceptance_rate_warns_that_the_record_sits_in_a_corner_of_the_prior()
    {
        var model = Model();
        Assert.Empty(Calibrator.Run(model, runs: 1_000, seed: 2).Warnings());
        var accumulator = new CalibrationAccumulator(model.Parameters, 1);
        for (var k = 0; k < 1_000; k++)
        {
            accumulator.Add([k / 10.0], [k < 5]);
        }

        var result = CalibrationResult.From(model, accumulator, 1);
        Assert.Contains(result.Warnings(), w => w.Contains("only 0.50% of runs reproduce the record", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_parameter_pattern_names_the_closest_path()
    {
        var error = Assert.Throws<AnalysisInputException>(() => new ScenarioCalibrationModel(ThresholdScenario.Compile(), ["parties.a.stances.swap.redLine.mx"], ValueTolerance.None));
        Assert.Contains($"did you mean '{ThresholdScenario.RedLinePath}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tolerance_for_an_issue_without_a_recorded_value_is_refused()
    {
        var error = Assert.Throws<AnalysisInputException>(() => ValueTolerance.Parse(["swop=2"], ["swap"]));
        Assert.Contains("did you mean 'swap'", error.Message, StringComparison.Ordinal);
        Assert.Throws<AnalysisInputException>(() => ValueTolerance.Parse(["-1"], ["swap"]));
    }
}
