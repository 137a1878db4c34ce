namespace Simulator.Domain.Engine;

/// <summary>
/// What the chair puts to the principals in one round: the whole text, and (with separable
/// packaging) each separable item of it on its own, against the current base outcome (status quo
/// plus what is already agreed). <see cref="Tau"/> is the share of the time budget used.
/// </summary>
public sealed record RoundQuestion(
    int Round,
    double Minute,
    double Tau,
    IReadOnlyList<TextItem> Text,
    IReadOnlyList<TextItem> SeparableItems,
    double[] BaseOutcome,
    IReadOnlyList<string> Events,
    IReadOnlyList<(int Issue, Blocker Blocker)> NotTabled);
