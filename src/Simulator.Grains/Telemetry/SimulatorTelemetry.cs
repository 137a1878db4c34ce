using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Simulator.Grains.Telemetry;

/// <summary>
/// The simulator's own traces and metrics, both named <see cref="Name"/>: spans for experiments,
/// batches, sessions and rounds; counters of runs, rounds and agreed issues; run duration.
/// </summary>
public static class SimulatorTelemetry
{
    public const string Name = "Simulator";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Runs { get; } = Meter.CreateCounter<long>("simulator.runs", "{run}", "Negotiation runs completed");

    public static Counter<long> Rounds { get; } = Meter.CreateCounter<long>("simulator.rounds", "{round}", "Negotiation rounds played");

    public static Counter<long> Agreements { get; } = Meter.CreateCounter<long>("simulator.agreements", "{issue}", "Agenda issues agreed");

    public static Histogram<double> RunDuration { get; } = Meter.CreateHistogram<double>("simulator.run.duration", "ms", "Mean duration of one run, measured per batch");
}
