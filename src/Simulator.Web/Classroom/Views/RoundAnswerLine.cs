using Simulator.Domain.Classroom;

namespace Simulator.Web.Classroom.Views;

/// <summary>One principal's answer in a closed round: who gave it, whether it took the whole text, and per item what it said.</summary>
public sealed record RoundAnswerLine(string Party, string Name, AnswerSource Source, bool AcceptedText, IReadOnlyList<string> Items);
