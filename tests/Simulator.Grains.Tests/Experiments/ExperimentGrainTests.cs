using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Overrides;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;
using Simulator.Hosting.Experiments;

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

        var outcome = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 50), NewId());

        var expected = ExperimentJson.Serialize(ExperimentRunner.Run(compiled, Runs, Seed));
        Assert.Equal(expected, ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
        Assert.Equal(Runs, outcome.Aggregate.Runs);
        Assert.Equal(12, outcome.Batches);
    }

    [Fact]
    public async Task Overrides_travel_beside_the_snapshot_and_give_the_in_process_result()
    {
        ParameterOverride[] overrides = [new("parties.russia.concessionBeta", 0.9), new("parties.ukraine.stances.territory.redLine.max", 55)];
        var compiled = ParameterOverrides.Apply(TestSnapshots.Compile(TestSnapshots.Istanbul), overrides);
        var spec = new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 50) { Overrides = [.. overrides.Select(o => new ParameterOverrideDto(o.Path, o.Value))] };

        var outcome = await fixture.RunAsync(spec, NewId());

        Assert.Equal(
            ExperimentJson.Serialize(ExperimentRunner.Run(compiled, 300, Seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
        Assert.NotEqual(
            ExperimentJson.Serialize(ExperimentRunner.Run(TestSnapshots.Compile(TestSnapshots.Istanbul), 300, Seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task Start_returns_at_once_and_the_same_spec_started_again_attaches_and_then_gets_the_stored_result()
    {
        var spec = new ExperimentSpec(TestSnapshots.Istanbul, 200, Seed, BatchSize: 50);
        var id = NewId();
        var held = fixture.Faults.Hold(id, 0, 0);
        var grain = fixture.Client.GetGrain<IExperimentGrain>(id);

        var started = await grain.Start(spec);
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        var attached = await grain.Start(spec);
        held.Release();
        var outcome = await fixture.RunAsync(spec, id);
        var again = await grain.Start(spec);

        Assert.Equal(ExperimentState.Running, started.State);
        Assert.Equal(ExperimentState.Running, attached.State);
        Assert.Equal(ExperimentState.Completed, again.State);
        Assert.Equal(outcome.Aggregate.Runs, again.Outcome!.Aggregate.Runs);
        Assert.Equal(1, fixture.Faults.AttemptsOf(id, 0));
        Assert.Equal(4, fixture.Faults.StartsOf(id).Count);
    }

    [Fact]
    public async Task Batches_of_one_experiment_run_on_both_silos()
    {
        var outcome = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 25), NewId());

        Assert.Equal(2, outcome.Silos.Length);
        Assert.Equal(
            fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToParsableString()).Order(StringComparer.Ordinal),
            outcome.Silos);
        Assert.Equal(24, outcome.BatchesBySilo.Sum(s => s.Count));
    }

    [Fact]
    public async Task Batch_size_does_not_change_the_result()
    {
        var small = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 7), NewId());
        var large = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 300), NewId());

        Assert.Equal(ExperimentJson.Serialize(Result(small)), ExperimentJson.Serialize(Result(large)));
        Assert.Equal(43, small.Batches);
        Assert.Equal(1, large.Batches);
    }

    [Fact]
    public async Task A_failed_batch_is_re_run_and_every_run_is_counted_exactly_once()
    {
        var id = NewId();
        fixture.Faults.FailFirstAttempt(id, 100);
        fixture.Faults.FailFirstAttempt(id, 450);

        var outcome = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 50), id);

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
    public async Task A_batch_out_of_attempts_fails_the_experiment_with_the_reason_and_no_partial_counts()
    {
        var id = NewId();
        fixture.Faults.FailEveryAttempt(id, 150);

        var error = await Assert.ThrowsAsync<ExperimentFailedException>(() => fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, 300, Seed, BatchSize: 50), id));
        var status = await fixture.Client.GetGrain<IExperimentGrain>(id).GetStatus();

        Assert.Contains("the batch of runs 150..199 failed 4 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("injected failure of the batch from run 150", error.Message, StringComparison.Ordinal);
        Assert.Equal(ExperimentGrain.MaxAttemptsPerBatch, fixture.Faults.AttemptsOf(id, 150));
        Assert.Equal(ExperimentState.Failed, status.State);
        Assert.Null(status.Outcome);
    }

    [Fact]
    public async Task Observers_see_progress_rise_to_every_run()
    {
        var grain = fixture.Client.GetGrain<IExperimentGrain>(NewId());
        var observer = new ProgressRecorder();
        var reference = fixture.Client.CreateObjectReference<IExperimentObserver>(observer);
        await grain.Subscribe(reference);

        await grain.Start(new ExperimentSpec(TestSnapshots.Istanbul, 200, Seed, BatchSize: 40));
        var finished = await observer.Finished.WaitAsync(TimeSpan.FromSeconds(60));
        await observer.WaitForReports(5);

        Assert.Equal([40, 80, 120, 160, 200], observer.Reports.Order());
        Assert.Equal(ExperimentState.Completed, finished.State);
        Assert.Equal(new ExperimentProgress(200, 200), await grain.GetProgress());
        await grain.Unsubscribe(reference);
        fixture.Client.DeleteObjectReference<IExperimentObserver>(reference);
    }

    [Fact]
    public async Task A_scenario_that_does_not_load_fails_the_start_before_any_batch_runs()
    {
        var id = NewId();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            fixture.Client.GetGrain<IExperimentGrain>(id).Start(new ExperimentSpec("id: broken\nissues: 7\n", 100, Seed)));

        Assert.Empty(fixture.Faults.StartsOf(id));
    }

    private static string NewId() => ExperimentId.New().Value;

    private static ExperimentResult Result(ExperimentOutcome outcome) =>
        AggregateMapper.ToResult(TestSnapshots.Compile(TestSnapshots.Istanbul), outcome.Aggregate, Seed);
}
