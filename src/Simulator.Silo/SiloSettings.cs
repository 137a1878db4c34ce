using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Simulator.Hosting;
using Simulator.Hosting.Cluster;

namespace Simulator.Silo;

/// <summary>
/// The silo's settings, from (last wins) appsettings.json, the environment (SIM_CLUSTER,
/// SIM_CLUSTER_ID, SIM_SILO_PORT, SIM_GATEWAY_PORT, SIM_ADVERTISED_ADDRESS, SIM_DASHBOARD_PORT,
/// SIM_DASHBOARD_ADDRESS, SIM_TELEMETRY, SIM_CHECKPOINT_EVERY, or Silo__Cluster and the like) and the command line (--cluster, ...).
/// </summary>
internal sealed record SiloSettings(ClusterSiloOptions Silo, int DashboardPort, IPAddress DashboardAddress)
{
    public const string Section = "Silo";

    /// <summary>Command-line switch, configuration key under <see cref="Section"/>, environment variable.</summary>
    public static readonly (string Switch, string Key, string Variable)[] Options =
    [
        ("--cluster", "Cluster", ClusterTarget.EnvironmentVariable),
        ("--cluster-id", "ClusterId", "SIM_CLUSTER_ID"),
        ("--silo-port", "SiloPort", "SIM_SILO_PORT"),
        ("--gateway-port", "GatewayPort", "SIM_GATEWAY_PORT"),
        ("--advertised-address", "AdvertisedAddress", "SIM_ADVERTISED_ADDRESS"),
        ("--dashboard-port", "DashboardPort", "SIM_DASHBOARD_PORT"),
        ("--dashboard-address", "DashboardAddress", "SIM_DASHBOARD_ADDRESS"),
        ("--telemetry", "Telemetry", "SIM_TELEMETRY"),
        ("--checkpoint-every", "CheckpointEvery", "SIM_CHECKPOINT_EVERY"),
    ];

    public static string Usage =>
        "usage: Simulator.Silo --cluster redis://HOST:PORT [--cluster-id ID] [--silo-port N] [--gateway-port N] " +
        "[--advertised-address IP] [--dashboard-port N] [--dashboard-address IP] [--telemetry none|console] [--checkpoint-every SECONDS]";

    /// <summary>`--help`: the usage line, then every option with what it does and its environment variable.</summary>
    public static string Help =>
        Usage + "\n\n" +
        "A standalone silo of a simulator cluster: Redis holds the membership and the grain state.\n\n" +
        "options (each also from the environment variable shown, or the Silo section of appsettings.json; the command line wins):\n" +
        string.Join("\n", Options.Select(o => $"  {o.Switch,-22} {Describe(o.Key)} [{o.Variable}]"));

    private static string Describe(string key) => key switch
    {
        "Cluster" => $"the cluster's Redis, {ClusterTarget.Scheme}HOST:PORT (required)",
        "ClusterId" => $"silos and clients with the same id on the same Redis form one cluster (default {ClusterSiloOptions.DefaultClusterId})",
        "SiloPort" => $"silo-to-silo port (default {ClusterSiloOptions.DefaultSiloPort})",
        "GatewayPort" => $"port clients connect to (default {ClusterSiloOptions.DefaultGatewayPort})",
        "AdvertisedAddress" => "the IP other silos and clients reach this one at (default: this machine's)",
        "DashboardPort" => "serve the Orleans Dashboard on this port (default: no dashboard)",
        "DashboardAddress" => "the Dashboard's address (default 127.0.0.1)",
        "Telemetry" => "none (default) or console: print traces and metrics",
        "CheckpointEvery" => $"seconds between the checkpoints of an experiment this silo coordinates: the most work a lost coordinator costs (default {ClusterSiloOptions.DefaultCheckpointInterval.TotalSeconds:0.##}, from {MinCheckpointSeconds} to {MaxCheckpointSeconds})",
        _ => key,
    };

    /// <summary>Refuses what the host would silently ignore: an unknown switch or a switch without a value.</summary>
    public static string? CheckArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (!Options.Any(o => o.Switch == name))
            {
                var known = string.Join(", ", Options.Select(o => o.Switch));
                return $"unknown argument '{arg}'; known: {known}";
            }

            if (!arg.Contains('=', StringComparison.Ordinal) && (++i >= args.Length || args[i].StartsWith("--", StringComparison.Ordinal)))
            {
                return $"{name} needs a value";
            }
        }

        return null;
    }

    public static IDictionary<string, string> SwitchMappings => Options.ToDictionary(o => o.Switch, o => $"{Section}:{o.Key}");

    /// <summary>SIM_* variables as configuration entries (added before the command line, so flags win).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> FromEnvironment() =>
        Options.Select(o => (o, Value: Environment.GetEnvironmentVariable(o.Variable)))
            .Where(e => !string.IsNullOrWhiteSpace(e.Value))
            .Select(e => new KeyValuePair<string, string?>($"{Section}:{e.o.Key}", e.Value));

    public static SiloSettings Read(IConfiguration configuration, out string? error)
    {
        var section = configuration.GetSection(Section);
        error = null;
        var clusterText = section["Cluster"];
        if (string.IsNullOrWhiteSpace(clusterText))
        {
            error = $"no cluster given: pass --cluster {ClusterTarget.Example} (or set {ClusterTarget.EnvironmentVariable})";
            return Default;
        }

        if (!ClusterTarget.TryParse(clusterText, out var cluster, out var parseError))
        {
            error = "--cluster: " + parseError;
            return Default;
        }

        var silo = new ClusterSiloOptions(cluster!)
        {
            ClusterId = section["ClusterId"] is { Length: > 0 } id ? id : ClusterSiloOptions.DefaultClusterId,
            SiloPort = Port(section, "SiloPort", ClusterSiloOptions.DefaultSiloPort, ref error),
            GatewayPort = Port(section, "GatewayPort", ClusterSiloOptions.DefaultGatewayPort, ref error),
            AdvertisedAddress = Address(section, "AdvertisedAddress", null, ref error),
            Telemetry = section["Telemetry"] is { Length: > 0 } t && TelemetryExporterNames.TryParse(t, out var exporter) ? exporter : TelemetryExporter.None,
            CheckpointInterval = Seconds(section, "CheckpointEvery", ClusterSiloOptions.DefaultCheckpointInterval, MinCheckpointSeconds, MaxCheckpointSeconds, ref error),
        };
        var dashboardPort = section["DashboardPort"] is { Length: > 0 } ? Port(section, "DashboardPort", 0, ref error) : 0;
        var dashboardAddress = Address(section, "DashboardAddress", IPAddress.Loopback, ref error) ?? IPAddress.Loopback;
        return new SiloSettings(silo, dashboardPort, dashboardAddress);
    }

    private static SiloSettings Default => new(new ClusterSiloOptions(new ClusterTarget("127.0.0.1", 6379)), 0, IPAddress.Loopback);

    private static int Port(IConfiguration section, string key, int fallback, ref string? error)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        error ??= $"{key}: '{text}' is not a port (1-65535)";
        return fallback;
    }

    private const double MinCheckpointSeconds = 0.05;
    private const double MaxCheckpointSeconds = 3600;

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback, double min, double max, ref string? error)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds >= min && seconds <= max)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        error ??= $"{key}: '{text}' is not a number of seconds from {min} to {max} (e.g. 2 or 0.5)";
        return fallback;
    }

    private static IPAddress? Address(IConfiguration section, string key, IPAddress? fallback, ref string? error)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        error ??= $"{key}: '{text}' is not an IP address (e.g. 10.0.0.5)";
        return fallback;
    }
}
