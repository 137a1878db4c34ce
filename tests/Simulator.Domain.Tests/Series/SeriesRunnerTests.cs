using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Series;

namespace Simulator.Domain.Tests.Series;

public sealed class SeriesRunnerTests
{
    private static readonly Lazy<CompiledSeries> Shipped = new(() => CompiledSeries.Compile(SeriesLoader.Load(RepositoryFiles.PathOf(SeriesFiles.Shipped))));

    [Fact]
    public void First_round_is_exactly_the_single_scenario_experiment()
    {
        var series = Shipped.Value;
        var round = SeriesRunner.Run(series, runs: 120, seed: 20250516).Rounds[0].Result;
        var single = ExperimentRunner.Run(series.Rounds[0].Scenario, 120, 20250516);

        Assert.Equal(ExperimentJson.Serialize(single), ExperimentJson.Serialize(round));
    }

    [Fact]
    public void Same_json_however_the_runs_are_batched_and_spread()
    {
        var series = Shipped.Value;
        var one = SeriesRunner.Run(series, runs: 90, seed: 3, batchSize: 90, parallelism: 1);
        var many = SeriesRunner.Run(series, runs: 90, seed: 3, batchSize: 7, parallelism: 3);

        Assert.Equal(SeriesJson.Serialize(one), SeriesJson.Serialize(many));
    }

    [Fact]
    public void Agreed_item_becomes_the_next_status_quo_and_a_fresh_one_does_not()
    {
        var series = Shipped.Value;
        var checkedRuns = 0;
        for (var r = 0; r < 40; r++)
        {
            var run = SeriesRunner.RunOne(series, 11, r);
            var (may, jun) = (run[0], run[1]);
            var talks = Outcome(may, "follow_up_talks");
            var junTalksStatusQuo = jun.StartValues[jun.Round.Scenario.StatusQuo[jun.Round.Scenario.Scenario.IssueIndex("follow_up_talks")]];
            var junSwapStatusQuo = jun.StartValues[jun.Round.Scenario.StatusQuo[jun.Round.Scenario.Scenario.IssueIndex("prisoner_exchange")]];
            Assert.Equal(talks.Agreed ? talks.Value : 0, junTalksStatusQuo, 9);
            Assert.Equal(0, junSwapStatusQuo);
            checkedRuns += talks.Agreed ? 1 : 0;
        }

        Assert.True(checkedRuns > 20);
    }

    [Fact]
    public void Trust_raises_the_reservation_by_the_response_times_the_shortfall()
    {
        var series = Shipped.Value;
        var jun = series.Rounds[1];
        var seriesValues = ParameterSampler.Sample(series.SeriesParameters, new Xoshiro256StarStar(SplitMix64.RunSeed(SplitMix64.Mix(5UL ^ CompiledSeries.SeriesSalt), 4)));
        var drawn = ParameterSampler.Sample(jun.Scenario.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(CompiledSeries.RoundSeed(5, jun), 4)));
        var run = SeriesRunner.RunOne(series, 5, 4);
        Assert.True(Outcome(run[0], "prisoner_exchange").Agreed);

        var implemented = seriesValues[series.SeriesParameters.IndexOf("series.rounds.jun02.carryOver.prisoner_exchange.implemented")];
        var response = seriesValues[series.SeriesParameters.IndexOf("series.rounds.jun02.trust.ukraine.reservationUtility")];
        var reservation = jun.Scenario.Parameters.IndexOf("parties.ukraine.reservationUtility");
        Assert.True(implemented < 1);
        Assert.Equal(Math.Clamp(drawn[reservation] + (response * (1 - implemented)), 0, 1), run[1].StartValues[reservation], 12);
    }

    [Fact]
    public void Events_set_values_and_retire_issues_before_their_round()
    {
        var series = Shipped.Value;
        var jul = series.Rounds[2];
        var run = SeriesRunner.RunOne(series, 1, 0);

        Assert.Equal(0.7, run[2].StartValues[jul.Scenario.Parameters.IndexOf("parties.usa.influences.russia.strength")]);
        Assert.DoesNotContain(jul.Scenario.Scenario.IssueIndex("bodies_exchange"), jul.Scenario.Agenda);
        Assert.Contains(series.Rounds[1].Scenario.Scenario.IssueIndex("bodies_exchange"), series.Rounds[1].Scenario.Agenda);
    }

    [Fact]
    public void Calibration_accepts_exactly_the_runs_that_reproduce_every_rounds_record()
    {
        var series = Shipped.Value;
        var calibration = Domain.Calibration.Calibrator.Run(new SeriesCalibrationModel(series, ["series.*"], Domain.Calibration.ValueTolerance.None), runs: 400, seed: 21);
        var run = SeriesRunner.Run(series, runs: 400, seed: 21);

        Assert.Equal(run.RecordMatchedRuns, calibration.Accepted);
        Assert.Equal(series.Rounds.Sum(r => r.Record.Count), calibration.Record.Count);
        for (var k = 0; k < series.Rounds.Count; k++)
        {
            var items = calibration.Record.Where(r => r.Item.Round == series.Rounds[k].Id).ToList();
            Assert.All(items, i => Assert.True(i.Matched >= run.Rounds[k].RecordMatchedRuns));
        }
    }

    private static IssueOutcome Outcome(RoundRun run, string issue) =>
        run.Result.Issues.First(o => o.Issue == run.Round.Scenario.Scenario.IssueIndex(issue));
}
