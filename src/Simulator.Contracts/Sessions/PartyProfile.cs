namespace Simulator.Contracts.Sessions;

/// <summary>A party in a session: who it is, whether a person holds its seat, and its parameters with their provenance.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.PartyProfile")]
public sealed record PartyProfile(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] bool Human,
    [property: Id(4)] ParameterView[] Parameters);
