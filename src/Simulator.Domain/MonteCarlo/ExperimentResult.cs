using System.Text.Json.Serialization;

namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// The aggregate of a Monte Carlo experiment. Serialised as the stable `--format json` output
/// (see README, "JSON output"): append fields, never rename or remove them.
/// </summary>
public sealed record ExperimentResult(
    string Scenario,
    string Title,
    int Runs,
    ulong Seed,
    IReadOnlyList<IssueResult> Issues,
    IReadOnlyList<PatternResult> Patterns,
    IReadOnlyList<BlockerResult> Blockers,
    double MeanRounds,
    double MeanMinutes,
    IReadOnlyDictionary<string, int> EndReasons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonPropertyOrder(1)] ResultProvenance? Provenance = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BaselineChange? Baseline = null);

/// <summary>One agenda issue across all runs.</summary>
public sealed record IssueResult(
    string Id,
    string Label,
    int AgreedRuns,
    double AgreedProbability,
    ProbabilityInterval Interval,
    string? Unit,
    AgreedValueDistribution? AgreedValues,
    ObservedResult? Observed,
    IReadOnlyList<BlockerResult> Blockers);

/// <summary>A 95% Wilson interval.</summary>
public sealed record ProbabilityInterval(double Low, double High);

/// <summary>
/// The distribution of an issue's agreed value over the runs that agreed it, in the issue's unit
/// where it has one. The histogram is exact (to 0.01 scale points); the mode is the centre of the
/// most common 5-point bin.
/// </summary>
public sealed record AgreedValueDistribution(double Mean, double Median, double Mode, double Min, double Max, IReadOnlyList<HistogramBin> Histogram);

/// <summary>How many runs agreed exactly this value.</summary>
public sealed record HistogramBin(double Value, int Count);

/// <summary>
/// What history recorded, for comparison: agreed or not (for a graded record, what its grade counts
/// as), the value, and for a graded record its grade, the range it allows (both in the issue's unit
/// where it has one) and the round or minute; keys left out when the record does not give them.
/// </summary>
public sealed record ObservedResult(
    bool Agreed,
    double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Grade = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? RangeLow = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? RangeHigh = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Round = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Minute = null);

/// <summary>How often a set of issues was agreed together (the outcome pattern).</summary>
public sealed record PatternResult(IReadOnlyList<string> Agreed, int Count, double Probability);

/// <summary>How often a blocker stopped an issue, with an example explanation from the lowest-numbered run.</summary>
public sealed record BlockerResult(string Issue, string Key, int Count, double Share, string Explanation);
