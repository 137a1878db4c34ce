namespace Simulator.Domain.Classroom;

/// <summary>
/// One agenda issue after the class: what the class agreed, what history recorded, how often the
/// same scenario agreed it in Monte Carlo runs (and at which most common value), what blocked it in
/// the engine's words, and one sentence that says it all.
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
    string Sentence);
