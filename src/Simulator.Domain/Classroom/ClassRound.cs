using Simulator.Domain.Engine;

namespace Simulator.Domain.Classroom;

/// <summary>A closed round of a class: the draft put, whether a person drafted it, every principal's answer, and what was agreed.</summary>
public sealed record ClassRound(int Round, RoundQuestion Question, bool DraftedByPerson, IReadOnlyList<SeatRoundAnswer> Answers, IReadOnlyList<TextItem> Agreed);
