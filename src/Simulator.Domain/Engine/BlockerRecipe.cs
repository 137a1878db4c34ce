using System.Runtime.InteropServices;

namespace Simulator.Domain.Engine;

/// <summary>
/// Everything a <see cref="Blocker"/>'s key and explanation are rendered from, besides the run's
/// parameter values: a struct, so a run notes obstacles without building text or closures, and an
/// experiment counts blockers by <see cref="KeyId"/> and renders each distinct one's text once.
/// Which fields a form uses is said at its factory in <see cref="Blockers"/>; <c>Linkage</c> is an
/// index into <see cref="CompiledScenario.Linkages"/> (-1 for none), so a recipe holds no reference.
/// <para>Laid out by the runtime and with each bound as a flag and a value: 64 bytes, copied with every note.</para>
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct BlockerRecipe(
    BlockerForm Form,
    int Party = -1,
    int Issue = -1,
    int BoundIssue = -1,
    int LowOwner = -1,
    int HighOwner = -1,
    int Linkage = -1,
    double? Min = null,
    double? Max = null,
    double Bound = 0,
    double Offered = 0,
    bool IsMax = false,
    bool RequireOpen = false)
{
    private readonly double _min = Min.GetValueOrDefault();
    private readonly double _max = Max.GetValueOrDefault();
    private readonly bool _hasMin = Min.HasValue;
    private readonly bool _hasMax = Max.HasValue;

    public double? Min => _hasMin ? _min : null;

    public double? Max => _hasMax ? _max : null;

    /// <summary>The fields the key is rendered from: two recipes with equal ids have equal keys.</summary>
    public BlockerKeyId KeyId => new(Form, Party, Issue, LowOwner, HighOwner, Linkage, null);
}
