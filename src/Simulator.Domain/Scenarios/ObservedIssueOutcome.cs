namespace Simulator.Domain.Scenarios;

/// <summary>
/// What history recorded on an issue: agreed or not (for a graded record, what its grade counts
/// as), at which value (with the range the record allows, where it gives one), the grade in the
/// record's words, the round or minute it happened, and the quote saying so.
/// </summary>
public sealed record ObservedIssueOutcome(
    bool Agreed,
    double? Value,
    Provenance? Source,
    ObservedGrade? Grade = null,
    ObservedRange? Range = null,
    int? Round = null,
    double? Minute = null);
