namespace Simulator.Contracts.Sessions;

/// <summary>
/// One round as the transcript and the live view show it; each answer's OnItems follow
/// <see cref="SeparableItems"/>. <see cref="NotTabled"/> and <see cref="HeldShort"/> are engine text
/// (ids): what the chair could not table, and why it tabled items held short of a linkage's trigger.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.RoundSummary")]
public sealed record RoundSummary(
    [property: Id(0)] int Round,
    [property: Id(1)] double Minute,
    [property: Id(2)] string[] Events,
    [property: Id(3)] DraftItem[] Text,
    [property: Id(4)] PartyAnswerDto[] Answers,
    [property: Id(5)] DraftItem[] SplitOff,
    [property: Id(6)] string[] NotTabled,
    [property: Id(7)] DraftItem[] SeparableItems,
    [property: Id(8)] string[]? HeldShort = null);
