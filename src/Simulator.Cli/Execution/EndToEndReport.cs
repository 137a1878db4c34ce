namespace Simulator.Cli.Execution;

/// <summary>
/// What `sim bench --end-to-end` measures: whole `sim run` processes on the embedded silo and with
/// --in-process, run in alternating pairs (best and median wall seconds of R each); in-process' wall
/// time over the embedded silo's, per pair and as the median of the pairs (1 when the silo costs
/// nothing) and as the ratio of the bests; the silo's start-up seconds (the median, over alternating
/// pairs of one-run processes, of what the embedded one took longer) and their share of the median
/// embedded run; the load average before and after (the machine may be shared); how many of the
/// build's assemblies are ReadyToRun images; and whether both paths printed the same result.
/// </summary>
internal sealed record EndToEndReport(
    string Scenario,
    int Runs,
    ulong Seed,
    int Repeats,
    double EmbeddedBest,
    double EmbeddedMedian,
    double InProcessBest,
    double InProcessMedian,
    double InProcessToEmbedded,
    double SiloStartSeconds,
    double SiloStartShare,
    bool ResultsIdentical)
{
    public IReadOnlyList<double> PairRatios { get; init; } = [];

    public double MedianPairRatio { get; init; }

    public double? LoadAverageBefore { get; init; }

    public double? LoadAverageAfter { get; init; }

    public int PrecompiledAssemblies { get; init; }

    public int ManagedAssemblies { get; init; }
}
