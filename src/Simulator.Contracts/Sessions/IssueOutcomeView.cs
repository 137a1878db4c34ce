namespace Simulator.Contracts.Sessions;

/// <summary>The result on one agenda issue: agreed at a value (as people read it), or what blocked it.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.IssueOutcome")]
public sealed record IssueOutcomeView(
    [property: Id(0)] string Issue,
    [property: Id(1)] bool Agreed,
    [property: Id(2)] string? Value,
    [property: Id(3)] string? BlockedBy);
