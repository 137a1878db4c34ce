namespace Simulator.Hosting;

/// <summary>Where the simulator's traces and metrics go (OTLP is added whenever OTEL_EXPORTER_OTLP_ENDPOINT is set).</summary>
public enum TelemetryExporter
{
    /// <summary>Nowhere, unless OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    None,

    /// <summary>Printed by the OpenTelemetry console exporter.</summary>
    Console,
}
