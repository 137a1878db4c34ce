using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Experiments;

/// <summary>The same experiment as <see cref="ExperimentGrainTests"/> on one silo: identical to in-process, hence to the two-silo run.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class OneSiloTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task One_silo_gives_the_same_aggregate_as_in_process_and_two_silos()
    {
        const int runs = 600;
        const ulong seed = 20250516;
        var compiled = TestSnapshots.Compile(TestSnapshots.Istanbul);

        var outcome = await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, runs, seed, BatchSize: 50), ExperimentId.New().Value);

        Assert.Single(outcome.Silos);
        Assert.Equal(
            ExperimentJson.Serialize(ExperimentRunner.Run(compiled, runs, seed)),
            ExperimentJson.Serialize(AggregateMapper.ToResult(compiled, outcome.Aggregate, seed)));
    }
}
