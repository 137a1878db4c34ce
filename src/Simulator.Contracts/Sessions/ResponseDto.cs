namespace Simulator.Contracts.Sessions;

/// <summary>A principal's answer to one text: accepted when it has no objections; the share of the possible gain it insisted on.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.Response")]
public sealed record ResponseDto(
    [property: Id(0)] double Aspiration,
    [property: Id(1)] ObjectionDto[] Objections)
{
    public bool Accepted => Objections.Length == 0;
}
