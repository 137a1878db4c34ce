using Simulator.Domain.Engine;

namespace Simulator.Domain.Classroom;

/// <summary>One principal's answer in a closed round: who gave it, what they said per item, and what the draft was worth to them.</summary>
public sealed record SeatRoundAnswer(string Party, AnswerSource Source, IReadOnlyList<ItemAnswer> Items, PartyResponse OnText, double Share, double Aspiration);
