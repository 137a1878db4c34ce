namespace Simulator.Domain.Engine;

/// <summary>
/// A blocker as a run notes it: kind, party and recipe, no text and no heap object, so the mediated
/// table can note obstacles round after round without allocating. It becomes a <see cref="Blocker"/>
/// where a result, a question or a transcript shows it.
/// </summary>
/// <param name="WithValues">Whether the explanation names parameters, to be filled with the run's values.</param>
internal readonly record struct BlockerNote(BlockerKind Kind, int Party, BlockerRecipe Recipe, bool WithValues)
{
    public Blocker ToBlocker(CompiledScenario scenario, IReadOnlyList<double> values) =>
        new(Kind, Party, scenario, Recipe, WithValues ? values : null);
}
