namespace Simulator.Hosting;

/// <summary>The words `--telemetry` takes: none or console.</summary>
public static class TelemetryExporterNames
{
    public static bool TryParse(string text, out TelemetryExporter exporter)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "none":
                exporter = TelemetryExporter.None;
                return true;
            case "console":
                exporter = TelemetryExporter.Console;
                return true;
            default:
                exporter = TelemetryExporter.None;
                return false;
        }
    }
}
