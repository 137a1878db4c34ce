namespace Simulator.Contracts.Sessions;

/// <summary>
/// What the chair puts to the principals in one round: the whole text and each separable item alone,
/// against the current base outcome; <see cref="Values"/> are the table's parameter values now
/// (after events), so a party grain judges with exactly what the table knows plus its own tuning.
/// <see cref="HeldShort"/> says why the chair tabled items held short of a linkage's trigger (engine
/// text with ids, as in the JSON; views word it with the scenario's names and labels).
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.RoundQuestion")]
public sealed record RoundQuestionDto(
    [property: Id(0)] int Round,
    [property: Id(1)] double Minute,
    [property: Id(2)] double Tau,
    [property: Id(3)] DraftItem[] Text,
    [property: Id(4)] DraftItem[] SeparableItems,
    [property: Id(5)] double[] BaseOutcome,
    [property: Id(6)] double[] Values,
    [property: Id(7)] string[] Events,
    [property: Id(8)] string[]? HeldShort = null);
