namespace Simulator.Contracts.Sessions;

/// <summary>A person who joined a seat (several people may share one seat as a team).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassSeatHolder")]
public sealed record ClassSeatHolder([property: Id(0)] string Seat, [property: Id(1)] string Name);
