using System.Net;

namespace Simulator.Hosting.Cluster;

/// <summary>How a standalone silo of a real cluster is set up (`Simulator.Silo`'s options).</summary>
public sealed record ClusterSiloOptions(ClusterTarget Cluster)
{
    public const string DefaultClusterId = "simulator";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    /// <summary>Silos and clients with the same cluster id on the same Redis form one cluster.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    public int SiloPort { get; init; } = DefaultSiloPort;

    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>The address other silos and clients reach this one at; null picks this machine's address.</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    public TelemetryExporter Telemetry { get; init; } = TelemetryExporter.None;

    public double TraceSampleRatio { get; init; } = 0.05;

    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an experiment this silo coordinates stores what it has counted: the most work a lost
    /// coordinator costs, against one Redis write per interval.
    /// </summary>
    public TimeSpan CheckpointInterval { get; init; } = DefaultCheckpointInterval;

    public static TimeSpan DefaultCheckpointInterval => Grains.Experiments.ExperimentTiming.Default.CheckpointInterval;
}
