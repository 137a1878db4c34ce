using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Experiments;

[Collection(SiloFailureCollection.Name)]
public sealed class SiloFailureTests(ThreeSiloCluster fixture)
{
    private const int Runs = 1200;
    private const ulong Seed = 7;

    [Fact]
    public async Task Killing_a_silo_mid_experiment_still_counts_every_run_exactly_once()
    {
        var id = ExperimentId.New().Value;
        var grain = fixture.Client.GetGrain<IExperimentGrain>(id);
        await grain.GetProgress();
        Assert.True(fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out var coordinator));
        var primary = fixture.Cluster.Silos[0].SiloAddress;
        var victim = fixture.Cluster.Silos.First(s => !s.SiloAddress.Equals(primary) && !s.SiloAddress.Equals(coordinator!.Address.SiloAddress));
        var held = fixture.Faults.HoldFirstBatchOn(id, victim.SiloAddress.ToParsableString());

        var run = grain.Run(new ExperimentSpec(TestSnapshots.Istanbul, Runs, Seed, BatchSize: 20));
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        // The kill waits for the silo's threads, one of which holds the batch: release it as the kill starts.
        var kill = fixture.Cluster.KillSiloAsync(victim);
        held.Release();
        await kill;
        var outcome = await run;

        Assert.True(outcome.Retries >= 1);
        Assert.Equal(Runs, outcome.Aggregate.Runs);
        var compiled = TestSnapshots.Compile(TestSnapshots.Istanbul);
        Assert.Equal(
            ExperimentJson.Serialize(ExperimentRunner.Run(compiled, Runs, Seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }
}
