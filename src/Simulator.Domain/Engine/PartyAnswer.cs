namespace Simulator.Domain.Engine;

/// <summary>A principal's answer to a <see cref="RoundQuestion"/>: on the whole text, and on each separable item alone (same order as the question's).</summary>
public sealed record PartyAnswer(int Party, PartyResponse OnText, IReadOnlyList<PartyResponse> OnItems);
