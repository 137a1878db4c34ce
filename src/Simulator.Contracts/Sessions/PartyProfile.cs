namespace Simulator.Contracts.Sessions;

/// <summary>
/// A party in a session: who it is, whether a person holds its seat, its parameters with their
/// provenance, and its current stance: the share of its possible gain it insisted on in the last
/// round it answered (null before its first answer).
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.PartyProfile")]
public sealed record PartyProfile(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] bool Human,
    [property: Id(4)] ParameterView[] Parameters,
    [property: Id(5)] double? CurrentAspiration);
