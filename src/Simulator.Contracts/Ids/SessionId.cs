namespace Simulator.Contracts.Ids;

/// <summary>Names one live negotiation session; the key of its session grain.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionId")]
public readonly record struct SessionId([property: Id(0)] string Value)
{
    public static SessionId New() => new(Guid.NewGuid().ToString("N"));

    public override string ToString() => Value;
}
