namespace Simulator.Domain.Engine;

/// <summary>
/// Everything a <see cref="Blocker"/>'s key and explanation are rendered from, besides the run's
/// parameter values: a struct, so a run notes obstacles without building text or closures, and an
/// experiment counts blockers by <see cref="KeyId"/> and renders each distinct one's text once.
/// Which fields a form uses is said at its factory in <see cref="Blockers"/>; <c>Linkage</c> is an
/// index into <see cref="CompiledScenario.Linkages"/> (-1 for none), so a recipe holds no reference.
/// </summary>
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
    /// <summary>The fields the key is rendered from: two recipes with equal ids have equal keys.</summary>
    public BlockerKeyId KeyId => new(Form, Party, Issue, LowOwner, HighOwner, Linkage, null);
}
