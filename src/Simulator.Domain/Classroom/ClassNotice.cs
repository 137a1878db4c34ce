namespace Simulator.Domain.Classroom;

/// <summary>Something the room is told: a time-out, an event, a patron's move, a revealed item, a statement (by <see cref="Party"/> when a seat said it).</summary>
/// <param name="Round">The round (0-based) it is filed under, or <see cref="BeforeTheTalks"/>.</param>
public sealed record ClassNotice(int Round, string Text, string? Party = null, bool IsStatement = false)
{
    /// <summary>The round of a notice filed before the first round opened (the facilitator ended the talks before starting them).</summary>
    public const int BeforeTheTalks = -1;

    /// <summary>Where the room reads it: "Round 3", or "Before round 1".</summary>
    public string Heading => Round == BeforeTheTalks ? "Before round 1" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Round {Round + 1}");
}
