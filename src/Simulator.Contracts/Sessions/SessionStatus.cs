namespace Simulator.Contracts.Sessions;

/// <summary>Where a session is: not started, running, paused, or over (with its outcome).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionStatus")]
public sealed record SessionStatus(
    [property: Id(0)] bool Started,
    [property: Id(1)] bool Paused,
    [property: Id(2)] int RoundsPlayed,
    [property: Id(3)] SessionOutcome? Outcome);
