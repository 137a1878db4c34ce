using Simulator.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>The values of `--telemetry`.</summary>
public static class TelemetryOption
{
    public static bool IsKnown(string value) =>
        string.Equals(value, "none", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "console", StringComparison.OrdinalIgnoreCase);

    public static TelemetryExporter Parse(string value) =>
        string.Equals(value, "console", StringComparison.OrdinalIgnoreCase) ? TelemetryExporter.Console : TelemetryExporter.None;
}
