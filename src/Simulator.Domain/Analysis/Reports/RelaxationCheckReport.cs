namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// One relaxation the diagnosis proposes, run through the engine: the `--set` changes that apply it
/// (exactly what `sim run FILE --set ...` takes), how often the engine then agrees the subject (with
/// its 95% Wilson interval), whether that is most runs (<see cref="Sufficient"/>), and when it is not,
/// the most frequent reason the subject still fails. <see cref="Error"/> says why the change could
/// not be applied (a relaxed bound the scenario's checks refuse), and the figures are then empty.
/// </summary>
public sealed record RelaxationCheckReport(
    IReadOnlyList<string> Sets,
    int Runs,
    ulong Seed,
    int AgreedRuns,
    double AgreedProbability,
    ProbabilityIntervalReport Interval,
    bool Sufficient,
    string? StillBlockedBy,
    string? StillBlockedExplanation,
    string Verdict,
    string? Error = null);

/// <summary>A 95% interval on a probability.</summary>
public sealed record ProbabilityIntervalReport(double Low, double High);
