namespace Simulator.Domain.Classroom;

/// <summary>Something the room is told: a time-out, an event, a patron's move, a revealed item, a statement (by <see cref="Party"/> when a seat said it).</summary>
public sealed record ClassNotice(int Round, string Text, string? Party = null, bool IsStatement = false);
