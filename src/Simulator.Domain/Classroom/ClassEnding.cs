using System.Globalization;

namespace Simulator.Domain.Classroom;

/// <summary>How the talks ended, in the one sentence the debrief, its HTML file and the projector share, so they give the same round.</summary>
public static class ClassEnding
{
    /// <param name="roundsPlayed">The rounds played, counting a round the facilitator ended while it was open (<see cref="ClassTable.RoundsPlayed"/>).</param>
    /// <param name="endedMidRound">Whether the last of them was ended before it closed.</param>
    /// <param name="reason">Why the talks ended, as <c>TranscriptFormatter.Describe</c> words it.</param>
    public static string Sentence(int roundsPlayed, bool endedMidRound, string reason) =>
        endedMidRound ? string.Create(CultureInfo.InvariantCulture, $"The talks ended in round {roundsPlayed}, before it closed: {reason}.")
        : roundsPlayed == 0 ? $"The talks ended before the first round: {reason}."
        : string.Create(CultureInfo.InvariantCulture, $"The talks ended after {roundsPlayed} round(s): {reason}.");
}
