namespace Simulator.Domain.Classroom;

/// <summary>
/// One agenda issue after the class: what the class agreed, what history recorded, how often the
/// same scenario agreed it in Monte Carlo runs (and at which most common value), what blocked it (the
/// transcript's closing reason, in party names and issue labels), and one sentence that says it all.
/// <see cref="ObservedRecord"/> is the record as the CLI's run table prints it, with its grade
/// ("agreed in principle 50 (agreed)", "deferred (not agreed)"); null when history does not say.
/// </summary>
public sealed record IssueDebrief(
    string Id,
    string Label,
    bool Agreed,
    string? ClassValue,
    bool? ObservedAgreed,
    string? ObservedValue,
    double SimulatedProbability,
    string? SimulatedMode,
    string? Blocker,
    string Sentence,
    string? ObservedRecord = null);
