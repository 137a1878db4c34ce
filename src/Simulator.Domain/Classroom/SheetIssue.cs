namespace Simulator.Domain.Classroom;

/// <summary>An agenda issue on the public sheet: its scale's anchors in words, where it stands if nothing is agreed, and whether it can be agreed on its own.</summary>
public sealed record SheetIssue(string Id, string Label, string? Description, IReadOnlyList<string> Anchors, string StatusQuo, bool Separable);
