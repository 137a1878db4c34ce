using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Series;

/// <summary>
/// A series experiment: per round the ordinary experiment result and how many runs reproduced that
/// round's record, and how many runs reproduced the record of every round (with a 95% interval).
/// </summary>
public sealed record SeriesResult(
    string Series,
    string Title,
    int Runs,
    ulong Seed,
    IReadOnlyList<RoundResult> Rounds,
    long RecordMatchedRuns,
    double RecordMatchedLow,
    double RecordMatchedHigh)
{
    public double RecordMatchedShare => Runs == 0 ? 0 : (double)RecordMatchedRuns / Runs;
}

/// <summary>One round across all runs; <see cref="RecordItems"/> is 0 when the round has no record.</summary>
public sealed record RoundResult(string Id, string ScenarioFile, double? DaysAfterPrevious, ExperimentResult Result, int RecordItems, long RecordMatchedRuns)
{
    public double RecordMatchedShare => Result.Runs == 0 ? 0 : (double)RecordMatchedRuns / Result.Runs;
}
