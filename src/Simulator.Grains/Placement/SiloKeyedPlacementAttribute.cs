using Orleans.Placement;

namespace Simulator.Grains.Placement;

/// <summary>Marks a grain class for <see cref="SiloKeyedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloKeyedPlacementAttribute : PlacementAttribute
{
    public SiloKeyedPlacementAttribute()
        : base(SiloKeyedPlacement.Instance)
    {
    }
}
