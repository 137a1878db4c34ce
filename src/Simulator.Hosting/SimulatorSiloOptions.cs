namespace Simulator.Hosting;

/// <summary>How the embedded silo is set up.</summary>
public sealed record SimulatorSiloOptions
{
    /// <summary>Silo-to-silo port; 0 picks a free one (so two `sim` processes never collide).</summary>
    public int SiloPort { get; init; }

    /// <summary>Client gateway port; 0 picks a free one.</summary>
    public int GatewayPort { get; init; }

    public TelemetryExporter Telemetry { get; init; } = TelemetryExporter.None;

    /// <summary>
    /// Share of traces kept. Tracing every grain call costs about a factor of three in call
    /// throughput, so experiments sample; a live session (a few dozen calls) can keep them all.
    /// </summary>
    public double TraceSampleRatio { get; init; } = 0.05;

    /// <summary>
    /// How long one grain call may take. No call lasts as long as an experiment (it starts, then is
    /// followed by observer and poll); the longest is one batch, well under a second.
    /// </summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether disposing the embedded silo stops it (the default). False leaves it to the process's
    /// exit: for a process that ends right after (the `sim` command), an in-memory silo serving only
    /// that process has nothing to save, and even an immediate stop costs a tenth of a second of CPU
    /// (hundreds of methods JIT-compiled for it) and more wall time on a loaded machine.
    /// </summary>
    public bool StopOnDispose { get; init; } = true;
}
