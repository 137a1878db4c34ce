namespace Simulator.Domain.Engine;

/// <summary>
/// A blocker as a run notes it: its recipe, no text and no heap object, so the mediated table can
/// note obstacles round after round without allocating. It becomes a <see cref="Blocker"/> where a
/// result, a question or a transcript shows it. The kind, the party and whether the explanation
/// names parameters follow from the recipe's form, so a note is no larger than its recipe (it is
/// copied whenever an item's reason changes).
/// </summary>
internal readonly record struct BlockerNote(BlockerRecipe Recipe)
{
    // By form (a note is never of the fixed form, whose kind is given with its text).
    private static readonly BlockerKind[] KindByForm = KindsByForm();

    public BlockerKind Kind => Recipe.Form == BlockerForm.Fixed
        ? throw new InvalidOperationException("a blocker given as text is not noted")
        : KindByForm[(int)Recipe.Form];

    /// <summary>The party holding the blocker (for no zone of agreement, the one holding the low end); −1 for none.</summary>
    public int Party => Recipe.Form == BlockerForm.NoZone ? Recipe.LowOwner : Recipe.Party;

    /// <summary>Whether the explanation names parameters, to be filled with the run's values.</summary>
    public bool WithValues => Recipe.Form is not (BlockerForm.Declined or BlockerForm.InsufficientGain or BlockerForm.NoInterest or BlockerForm.Package or BlockerForm.LeftOutOfPackage);

    private static BlockerKind[] KindsByForm()
    {
        var kinds = new BlockerKind[Enum.GetValues<BlockerForm>().Max(f => (int)f) + 1];
        foreach (var form in Enum.GetValues<BlockerForm>())
        {
            kinds[(int)form] = form switch
            {
                BlockerForm.RedLineObjection or BlockerForm.RedLineBound => BlockerKind.RedLine,
                BlockerForm.MandateObjection or BlockerForm.MandateBound => BlockerKind.Mandate,
                BlockerForm.ObjectedLinkage or BlockerForm.UnmetLinkage => BlockerKind.Linkage,
                BlockerForm.Declined or BlockerForm.InsufficientGain => BlockerKind.InsufficientGain,
                BlockerForm.NoZone => BlockerKind.NoZone,
                BlockerForm.Opposed => BlockerKind.Opposed,
                BlockerForm.NoInterest or BlockerForm.LeftOutOfPackage => BlockerKind.NoInterest,
                BlockerForm.Package => BlockerKind.Package,
                _ => default,
            };
        }

        return kinds;
    }

    public Blocker ToBlocker(CompiledScenario scenario, IReadOnlyList<double> values) =>
        new(Kind, Party, scenario, Recipe, WithValues ? values : null);
}
