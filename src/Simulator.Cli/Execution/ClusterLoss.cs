using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Simulator.Cli.Execution;

/// <summary>
/// Errors that mean the cluster went away under a command (its silos stopped or were killed, the
/// gateway closed the connection): the cluster's trouble, said in one line without a stack trace.
/// </summary>
public static class ClusterLoss
{
    public static bool Is(Exception ex) =>
        ex is SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException or GatewayTooBusyException
        || (ex is AggregateException { InnerException: { } inner } && Is(inner));

    public static string Describe(Exception ex) =>
        $"lost the connection to the cluster ({FirstLine((ex as AggregateException)?.InnerException?.Message ?? ex.Message)}); " +
        "check that its silos are running (README, \"Running on a cluster\"). Nothing was written.";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
