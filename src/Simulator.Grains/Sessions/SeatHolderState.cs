namespace Simulator.Grains.Sessions;

/// <summary>A person in a seat and the SHA-256 of their token (the token itself is never stored).</summary>
[GenerateSerializer, Alias("Simulator.SeatHolderState")]
public sealed class SeatHolderState
{
    [Id(0)]
    public string Seat { get; set; } = string.Empty;

    [Id(1)]
    public string Name { get; set; } = string.Empty;

    [Id(2)]
    public byte[] TokenHash { get; set; } = [];
}
