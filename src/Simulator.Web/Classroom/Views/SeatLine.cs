using Simulator.Domain.Classroom;

namespace Simulator.Web.Classroom.Views;

/// <summary>A seat as the room sees it: who plays it, whether its answer for the open round is in.</summary>
public sealed record SeatLine(string Party, string Name, ClassSeatRole Role, bool Human, IReadOnlyList<string> Holders, bool Answered);
