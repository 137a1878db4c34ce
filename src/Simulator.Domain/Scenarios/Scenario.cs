namespace Simulator.Domain.Scenarios;

/// <summary>
/// A fully loaded, validated negotiation scenario: the issues on the table, the parties with their
/// stances, the protocol, the timeline of events, Monte Carlo defaults and (where history knows it)
/// the observed outcome. Immutable; every numeric value is a <see cref="Parameter"/> with a path.
/// </summary>
public sealed record Scenario(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<Party> Parties,
    ProtocolSettings Protocol,
    IReadOnlyList<TimelineEvent> Timeline,
    MonteCarloDefaults MonteCarlo,
    IReadOnlyDictionary<string, ObservedIssueOutcome> Observed,
    string? SourceFile)
{
    public Issue Issue(string id) => Issues.First(i => i.Id == id);

    public Party Party(string id) => Parties.First(p => p.Id == id);

    public int IssueIndex(string id)
    {
        for (var i = 0; i < Issues.Count; i++)
        {
            if (Issues[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every numeric parameter of the scenario, in a stable order (document order).</summary>
    public IEnumerable<Parameter> AllParameters()
    {
        foreach (var issue in Issues)
        {
            yield return issue.StatusQuo;
        }

        foreach (var party in Parties)
        {
            foreach (var p in party.AllParameters())
            {
                yield return p;
            }
        }

        foreach (var p in Protocol.AllParameters())
        {
            yield return p;
        }
    }
}
