namespace Simulator.Domain.Classroom;

/// <summary>
/// A seat's private brief: who it is, its walk-away value and concession style, and per issue its
/// position, priority, red line and mandate, its linkages and (for patrons) its influence, each
/// statement with the source quote of its parameter.
/// </summary>
public sealed record SeatBrief(string Party, string Name, ClassSeatRole Role, double WalkAway, IReadOnlyList<BriefIssue> Issues, IReadOnlyList<BriefItem> Items);
