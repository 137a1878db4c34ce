namespace Simulator.Contracts.Sessions;

/// <summary>How a session ended: why, after how many rounds and minutes, and the result per issue.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionOutcome")]
public sealed record SessionOutcome(
    [property: Id(0)] string EndReason,
    [property: Id(1)] string Explanation,
    [property: Id(2)] int Rounds,
    [property: Id(3)] double Minutes,
    [property: Id(4)] IssueOutcomeView[] Issues);
