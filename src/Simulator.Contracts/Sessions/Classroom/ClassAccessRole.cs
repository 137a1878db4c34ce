namespace Simulator.Contracts.Sessions;

/// <summary>What a token may do in a class.</summary>
[GenerateSerializer, Alias("Simulator.ClassAccessRole")]
public enum ClassAccessRole
{
    None,
    Facilitator,
    Seat,
}
