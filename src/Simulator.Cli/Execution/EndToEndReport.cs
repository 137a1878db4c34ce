namespace Simulator.Cli.Execution;

/// <summary>
/// What `sim bench --end-to-end` measures: whole `sim run` processes on the embedded silo and with
/// --in-process (best and median wall seconds of R each), the ratio of the bests (
/// in-process' best over the embedded silo's: 1 when the silo costs nothing), the silo's start-up seconds and their share of the embedded run, and whether both
/// printed the same result.
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
    bool ResultsIdentical);
