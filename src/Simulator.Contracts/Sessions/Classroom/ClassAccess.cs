namespace Simulator.Contracts.Sessions;

/// <summary>Whom a token belongs to in a class: nobody, the facilitator, or the person in <see cref="Seat"/>.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassAccess")]
public sealed record ClassAccess([property: Id(0)] ClassAccessRole Role, [property: Id(1)] string? Seat)
{
    public static ClassAccess None { get; } = new(ClassAccessRole.None, null);
}
