namespace Simulator.Domain.Classroom;

/// <summary>
/// The debrief of a class: per issue the class against history and the simulated talks, each
/// principal's concession path, the distance from the bargaining solutions, and the full transcript.
/// Parties are keyed by id (as in every JSON); <see cref="PartyNames"/> gives each id's name for the page.
/// <see cref="Rounds"/> counts a round the facilitator ended while it was open (<see cref="EndedMidRound"/>).
/// </summary>
public sealed record Debrief(
    string Scenario,
    string Title,
    string EndReason,
    int Rounds,
    int SimulatedRuns,
    IReadOnlyList<IssueDebrief> Issues,
    IReadOnlyList<ConcessionPath> Paths,
    IReadOnlyList<SolutionDistance> Solutions,
    IReadOnlyList<ClassNotice> Notices,
    string Transcript,
    IReadOnlyDictionary<string, string>? PartyNames = null,
    bool EndedMidRound = false)
{
    /// <summary>How the talks ended, in the words the page, the HTML file and the projector share.</summary>
    public string Ending => ClassEnding.Sentence(Rounds, EndedMidRound, EndReason);

    /// <summary>The party's name for its id (the id itself when unknown).</summary>
    public string PartyName(string? id) => id is null ? string.Empty : PartyNames?.GetValueOrDefault(id) ?? id;
}
