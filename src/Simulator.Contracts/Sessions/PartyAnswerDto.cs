namespace Simulator.Contracts.Sessions;

/// <summary>A principal's answer to a round: on the whole text, on each separable item alone, and whether a person gave it.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.PartyAnswer")]
public sealed record PartyAnswerDto(
    [property: Id(0)] string PartyId,
    [property: Id(1)] ResponseDto OnText,
    [property: Id(2)] ResponseDto[] OnItems,
    [property: Id(3)] bool ByHuman);
