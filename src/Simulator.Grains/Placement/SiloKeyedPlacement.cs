namespace Simulator.Grains.Placement;

/// <summary>Places a grain on the silo whose address is its key (falling back to the caller's silo when that one is gone).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.SiloKeyedPlacement")]
public sealed class SiloKeyedPlacement : PlacementStrategy
{
    public static SiloKeyedPlacement Instance { get; } = new();
}
