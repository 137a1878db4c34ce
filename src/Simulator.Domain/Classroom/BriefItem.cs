namespace Simulator.Domain.Classroom;

/// <summary>One statement of a seat's brief ("your red line on territory: at most 40"), with the key the facilitator reveals it by and the source it came from.</summary>
public sealed record BriefItem(string Key, string Text, string? Quote, string? Where, string? Note);
