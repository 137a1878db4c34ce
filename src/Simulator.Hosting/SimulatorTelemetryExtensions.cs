using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Simulator.Grains.Telemetry;

namespace Simulator.Hosting;

/// <summary>OpenTelemetry for the simulator: our own source and meter plus Orleans', sampled, to the console and/or OTLP.</summary>
public static class SimulatorTelemetryExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OrleansActivitySource = "Microsoft.Orleans.Application";
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Adds tracing and metrics when <paramref name="exporter"/> asks for them or an OTLP endpoint is configured; otherwise nothing.</summary>
    public static IHostApplicationBuilder AddSimulatorTelemetry(this IHostApplicationBuilder builder, TelemetryExporter exporter, double traceSampleRatio)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable] ?? Environment.GetEnvironmentVariable(OtlpEndpointVariable));
        if (exporter == TelemetryExporter.None && !otlp)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("sim"))
            .WithTracing(tracing =>
            {
                tracing
                    .SetSampler(new SimulatorSampler(traceSampleRatio))
                    .AddSource(SimulatorTelemetry.Name, OrleansActivitySource);
                if (exporter == TelemetryExporter.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SimulatorTelemetry.Name, OrleansMeter);
                if (exporter == TelemetryExporter.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
