namespace Simulator.Web.Classroom.Views;

/// <summary>A closed round as the room sees it: every principal's answers, and what was agreed.</summary>
public sealed record RoundLine(int Round, bool DraftedByPerson, IReadOnlyList<RoundAnswerLine> Answers, IReadOnlyList<string> Agreed);
