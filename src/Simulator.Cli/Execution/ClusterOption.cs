using Simulator.Hosting.Cluster;

namespace Simulator.Cli.Execution;

/// <summary>
/// `--cluster redis://HOST:PORT`, or SIM_CLUSTER in the environment when the flag is not given: the
/// real cluster a command connects to as a client. Neither: the embedded silo, as always.
/// </summary>
public static class ClusterOption
{
    public const string Description = "Run on the real cluster whose Redis is at redis://HOST:PORT, as a client (default: SIM_CLUSTER, else an embedded silo).";

    public const string IdDescription = "The cluster id of the silos to join with --cluster (default: SIM_CLUSTER_ID, else simulator; the silos' own --cluster-id).";

    /// <summary>A cluster id is a name: letters, digits, '-', '_' and '.', at most 64 characters; null when <paramref name="id"/> is fine or absent.</summary>
    public static string? CheckId(string? id) =>
        id is null || (id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            ? null
            : $"--cluster-id: '{id}' is not a cluster id; use letters, digits, '-', '_' or '.' (at most 64), e.g. --cluster-id simulator.";

    /// <summary>The cluster to use, or null for the embedded silo; <paramref name="error"/> when the address is malformed.</summary>
    public static ClusterTarget? Resolve(string? flag, out string? error)
    {
        error = null;
        var text = !string.IsNullOrWhiteSpace(flag) ? flag : Environment.GetEnvironmentVariable(ClusterTarget.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ClusterTarget.TryParse(text, out var target, out var problem))
        {
            return target;
        }

        var from = string.IsNullOrWhiteSpace(flag) ? ClusterTarget.EnvironmentVariable : "--cluster";
        error = $"{from}: {problem}.";
        return null;
    }
}
