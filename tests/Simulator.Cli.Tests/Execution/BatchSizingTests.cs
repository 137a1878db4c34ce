using Simulator.Cli.Execution;

namespace Simulator.Cli.Tests.Execution;

public sealed class BatchSizingTests
{
    [Theory]
    [InlineData(1, 250)]
    [InlineData(20_000, 250)]
    [InlineData(256_000, 250)]
    [InlineData(1_000_000, 976)]
    [InlineData(10_240_000, 10_000)]
    [InlineData(100_000_000, 10_000)]
    public void A_cluster_experiment_is_cut_into_about_a_thousand_batches_of_250_to_10000_runs(int runs, int expected)
    {
        Assert.Equal(expected, BatchSizing.ForCluster(runs));
    }

    [Theory]
    [InlineData(1, 2, 250)]
    [InlineData(100_000, 2, 2000)]
    [InlineData(100_000, 8, 781)]
    [InlineData(100_000, 0, 2000)]
    public void An_embedded_experiment_has_about_16_batches_per_core_of_250_to_2000_runs(int runs, int cores, int expected)
    {
        Assert.Equal(expected, BatchSizing.ForEmbedded(runs, cores));
    }
}
