using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Experiments;

[Collection(TwoSiloCollection.Name)]
public sealed class ExperimentGrainTests(TwoSiloCluster fixture)
{
    private const int Runs = 600;
    private const ulong Seed = 20250516;

    [Fact]
    public async Task Experiment_through_the_grain_equals_the_in_process_run_byte_for_byte()
    {
        var compiled = TestSnapshots.Compile(TestSnapshots.Istanbul);

        var outcome = await Grain().Run(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 50));

        var expected = ExperimentJson.Serialize(ExperimentRunner.Run(compiled, Runs, Seed));
        Assert.Equal(expected, ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
        Assert.Equal(Runs, outcome.Aggregate.Runs);
        Assert.Equal(12, outcome.Batches);
    }

    [Fact]
    public async Task Batches_of_one_experiment_run_on_both_silos()
    {
        var outcome = await Grain().Run(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 25));

        Assert.Equal(2, outcome.Silos.Length);
        Assert.Equal(
            fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToParsableString()).Order(StringComparer.Ordinal),
            outcome.Silos);
    }

    [Fact]
    public async Task Batch_size_does_not_change_the_result()
    {
        var small = await Grain().Run(new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 7));
        var large = await Grain().Run(new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 300));

        Assert.Equal(ExperimentJson.Serialize(Result(small)), ExperimentJson.Serialize(Result(large)));
        Assert.Equal(43, small.Batches);
        Assert.Equal(1, large.Batches);
    }

    [Fact]
    public async Task A_failed_batch_is_re_run_and_every_run_is_counted_exactly_once()
    {
        var id = ExperimentId.New().Value;
        fixture.Faults.FailFirstAttempt(id, 100);
        fixture.Faults.FailFirstAttempt(id, 450);

        var outcome = await fixture.Client.GetGrain<IExperimentGrain>(id).Run(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 50));

        Assert.Equal(2, outcome.Retries);
        Assert.Equal(2, fixture.Faults.AttemptsOf(id, 100));
        Assert.Equal(2, fixture.Faults.AttemptsOf(id, 450));
        Assert.Equal(1, fixture.Faults.AttemptsOf(id, 0));
        Assert.Equal(Enumerable.Range(0, 12).Select(b => b * 50), fixture.Faults.StartsOf(id));
        Assert.Equal(Runs, outcome.Aggregate.Runs);
        var compiled = TestSnapshots.Compile(TestSnapshots.Istanbul);
        Assert.Equal(
            ExperimentJson.Serialize(ExperimentRunner.Run(compiled, Runs, Seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task Observers_see_progress_rise_to_every_run()
    {
        var grain = Grain();
        var observer = new ProgressRecorder();
        var reference = fixture.Client.CreateObjectReference<IExperimentObserver>(observer);
        await grain.Subscribe(reference);

        await grain.Run(new ExperimentSpec(TestSnapshots.Istanbul, 200, Seed, BatchSize: 40));
        await observer.WaitForReports(5);

        Assert.Equal([40, 80, 120, 160, 200], observer.Reports.Order());
        Assert.Equal(new ExperimentProgress(200, 200), await grain.GetProgress());
        await grain.Unsubscribe(reference);
        fixture.Client.DeleteObjectReference<IExperimentObserver>(reference);
    }

    [Fact]
    public async Task A_scenario_that_does_not_load_fails_the_experiment_before_any_batch_runs()
    {
        var id = ExperimentId.New().Value;

        await Assert.ThrowsAnyAsync<Exception>(() =>
            fixture.Client.GetGrain<IExperimentGrain>(id).Run(new ExperimentSpec("id: broken\nissues: 7\n", 100, Seed)));

        Assert.Empty(fixture.Faults.StartsOf(id));
    }

    private IExperimentGrain Grain() => fixture.Client.GetGrain<IExperimentGrain>(ExperimentId.New().Value);

    private static ExperimentResult Result(ExperimentOutcome outcome) =>
        AggregateMapper.ToResult(TestSnapshots.Compile(TestSnapshots.Istanbul), outcome.Aggregate, Seed);
}
