using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;
using Simulator.Hosting.Experiments;

namespace Simulator.Grains.Tests.Experiments;

/// <summary>
/// Faults that must each turn a test red when the code that survives them is removed: a killed
/// worker silo, a killed coordinator silo, a straggler whose late answer arrives after its re-run.
/// Nothing here waits on time: tests wait on held batches, observer reports and client polls, and
/// move the coordinators' fake clock themselves.
/// </summary>
[Collection(SiloFailureCollection.Name)]
public sealed class SiloFailureTests(ThreeSiloCluster fixture)
{
    private const ulong Seed = 7;

    [Fact]
    public async Task Killing_a_silo_mid_experiment_re_runs_its_batch_elsewhere_and_counts_every_run_once()
    {
        const int runs = 1200;
        await TopUpSilos();
        var (id, coordinator) = await IdCoordinatedOffThePrimary();
        var victim = fixture.Cluster.Silos.First(s => !IsPrimary(s) && !s.SiloAddress.Equals(coordinator));
        var held = fixture.Faults.HoldFirstBatchOn(id, victim.SiloAddress.ToParsableString());
        var grain = fixture.Client.GetGrain<IExperimentGrain>(id);

        var run = fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, runs, Seed, BatchSize: 20), id);
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        var midway = await grain.GetStatus();
        await fixture.Cluster.KillSiloAsync(victim);
        // Released after the kill: had the silo lived, the held batch would answer now and never be re-run.
        held.Release();
        var outcome = await run;

        Assert.True(outcome.Retries >= 1, "the held batch was never re-run");
        AssertExact(outcome, runs);
        // While running, the status says which silos the counted batches came from (20 runs each).
        Assert.Equal(midway.Progress.RunsDone, 20 * midway.BatchesBySilo.Sum(s => s.Count));
        var final = await grain.GetStatus();
        Assert.Equal(ExperimentState.Completed, final.State);
        Assert.Equal(outcome.BatchesBySilo, final.BatchesBySilo);
    }

    [Fact]
    public async Task Killing_the_silo_of_the_coordinator_restarts_the_experiment_on_another_and_counts_every_run_once()
    {
        const int runs = 600;
        await TopUpSilos();
        var (id, coordinator) = await IdCoordinatedOffThePrimary();
        var coordinatorSilo = fixture.Cluster.Silos.Single(s => s.SiloAddress.Equals(coordinator));
        var worker = fixture.Cluster.Silos.First(s => !s.SiloAddress.Equals(coordinator));
        var held = fixture.Faults.HoldFirstBatchOn(id, worker.SiloAddress.ToParsableString());
        var clientClock = new FakeTimeProvider();
        using var experiments = new ExperimentClient(fixture.Client, clientClock);
        var polled = new SemaphoreSlim(0);
        experiments.Polled += _ => polled.Release();

        var run = experiments.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, runs, Seed, BatchSize: 50), experimentId: id);
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await fixture.Cluster.KillSiloAsync(coordinatorSilo);
        held.Release();
        // Bounded: each step advances the client's clock by one poll and waits for that poll to end.
        for (var step = 0; step < 200 && !run.IsCompleted; step++)
        {
            clientClock.Advance(experiments.PollInterval);
            await Task.WhenAny(run, polled.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(experiments.Restarts >= 1, "the experiment was never restarted");
        Assert.DoesNotContain(coordinator.ToParsableString(), outcome.Silos);
        AssertExact(outcome, runs);
    }

    [Fact]
    public async Task A_late_answer_of_a_straggler_after_its_re_run_is_counted_once()
    {
        const int runs = 300;
        const int batch = 50;
        await TopUpSilos();
        var id = ExperimentId.New().Value;
        // Batches from 0 and 50 are held; the re-run of 50 is held too, so the experiment cannot end before the late answer of 0.
        var straggler = fixture.Faults.Hold(id, 0, 0);
        var last = fixture.Faults.Hold(id, batch, 0);
        var lastRerun = fixture.Faults.Hold(id, batch, 1);
        var grain = fixture.Client.GetGrain<IExperimentGrain>(id);
        var observer = new ProgressRecorder();
        var reference = fixture.Client.CreateObjectReference<IExperimentObserver>(observer);
        await grain.Subscribe(reference);

        var run = fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, runs, Seed, BatchSize: batch), id);
        await Task.WhenAll(straggler.Reached, last.Reached, observer.WhenReported(p => p.RunsDone == runs - 2 * batch)).WaitAsync(TimeSpan.FromSeconds(60));
        fixture.CoordinatorClock.Advance(ClusterFixture.BatchDeadline + TimeSpan.FromSeconds(1));
        // The re-run of batch 0 answers first and is counted; then the straggler's own late answer arrives.
        await observer.WhenReported(p => p.RunsDone == runs - batch).WaitAsync(TimeSpan.FromSeconds(60));
        straggler.Release();
        await observer.WhenReported(p => p.DuplicatesIgnored == 1).WaitAsync(TimeSpan.FromSeconds(60));
        lastRerun.Release();
        var outcome = await run;
        last.Release();

        Assert.Equal(2, fixture.Faults.AttemptsOf(id, 0));
        Assert.Equal(2, outcome.Retries);
        AssertExact(outcome, runs);
        await grain.Unsubscribe(reference);
        fixture.Client.DeleteObjectReference<IExperimentObserver>(reference);
    }

    private static void AssertExact(ExperimentOutcome outcome, int runs)
    {
        Assert.Equal(runs, outcome.Aggregate.Runs);
        var compiled = TestSnapshots.Compile(TestSnapshots.Istanbul);
        Assert.Equal(
            ExperimentJson.Serialize(ExperimentRunner.Run(compiled, runs, Seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    private bool IsPrimary(InProcessSiloHandle silo) => silo.SiloAddress.Equals(fixture.Cluster.Silos[0].SiloAddress);

    /// <summary>Each kill test starts from three live silos, whatever ran before it.</summary>
    private async Task TopUpSilos()
    {
        for (var k = fixture.Cluster.GetActiveSilos().Count(); k < fixture.Silos; k++)
        {
            await fixture.Cluster.StartAdditionalSiloAsync();
        }

        await fixture.Cluster.WaitForLivenessToStabilizeAsync();
    }

    /// <summary>A fresh experiment id whose coordinator activates on a silo other than the primary (which the tests never kill).</summary>
    private async Task<(string Id, SiloAddress Coordinator)> IdCoordinatedOffThePrimary()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var id = ExperimentId.New().Value;
            var grain = fixture.Client.GetGrain<IExperimentGrain>(id);
            await grain.GetStatus();
            if (fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out var context) && context?.Address.SiloAddress is { } silo && !silo.Equals(fixture.Cluster.Silos[0].SiloAddress))
            {
                return (id, silo);
            }
        }

        throw new InvalidOperationException("no experiment activated off the primary silo in 100 tries");
    }
}
