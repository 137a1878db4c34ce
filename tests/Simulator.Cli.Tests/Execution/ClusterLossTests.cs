using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Simulator.Cli.Execution;

namespace Simulator.Cli.Tests.Execution;

public sealed class ClusterLossTests
{
    [Fact]
    public void A_silo_or_gateway_gone_is_the_cluster_s_loss_and_is_said_in_one_line_with_what_to_check()
    {
        Exception[] lost = [new SiloUnavailableException("silo S127.0.0.1:11111:0 is dead"), new ConnectionFailedException("Unable to connect to S127.0.0.1:30000:0\n   at stack"), new AggregateException(new SiloUnavailableException())];

        Assert.All(lost, ex => Assert.True(ClusterLoss.Is(ex), ex.GetType().Name));
        var line = ClusterLoss.Describe(lost[1]);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("lost the connection to the cluster (Unable to connect to S127.0.0.1:30000:0); check that its silos are running", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_errors_are_not_taken_for_the_cluster_s()
    {
        Assert.False(ClusterLoss.Is(new InvalidOperationException("a bug")));
        Assert.False(ClusterLoss.Is(new TimeoutException("a slow grain")));
    }
}
