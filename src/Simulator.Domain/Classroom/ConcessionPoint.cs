namespace Simulator.Domain.Classroom;

/// <summary>A principal in one round: the share of its possible gain the draft offered, the share its model insisted on, whether it accepted the whole text, and who answered.</summary>
public sealed record ConcessionPoint(int Round, double DraftShare, double Aspiration, bool Accepted, AnswerSource AnsweredBy);
