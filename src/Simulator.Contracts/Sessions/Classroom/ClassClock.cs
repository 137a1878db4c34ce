namespace Simulator.Contracts.Sessions;

/// <summary>The round's countdown: when it runs out (null when no round is open), or how much was left when the facilitator paused it.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassClock")]
public sealed record ClassClock(
    [property: Id(0)] DateTimeOffset? Deadline,
    [property: Id(1)] bool Paused,
    [property: Id(2)] TimeSpan Remaining,
    [property: Id(3)] int RoundSeconds);
