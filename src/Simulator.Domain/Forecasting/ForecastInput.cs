using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Forecasting;

/// <summary>
/// What every forecasting model reads: named issues (dimensions) and the actors' capabilities,
/// positions and saliences on them. Built from a scenario or from KTAB's CSV format.
/// </summary>
public sealed record ForecastInput(
    string Title,
    string Description,
    IReadOnlyList<string> DimensionNames,
    IReadOnlyList<ForecastActor> Actors)
{
    public int ActorCount => Actors.Count;

    public int DimensionCount => DimensionNames.Count;

    /// <summary>
    /// Every party, at the table or not, becomes an actor: the same capability, positions and
    /// saliences the negotiation engine reads. Scenario saliences sum to at most 1, so they are
    /// scaled by 100; a party with no stance on an issue holds the status quo with salience 0.
    /// </summary>
    public static ForecastInput FromScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var dimensions = scenario.Issues.Select(i => i.Id).ToArray();
        var actors = new List<ForecastActor>(scenario.Parties.Count);
        foreach (var party in scenario.Parties)
        {
            var positions = new double[scenario.Issues.Count];
            var saliences = new double[scenario.Issues.Count];
            for (var d = 0; d < scenario.Issues.Count; d++)
            {
                var issue = scenario.Issues[d];
                var stance = party.StanceOn(issue.Id);
                positions[d] = stance?.Position.Value ?? issue.StatusQuo.Value;
                saliences[d] = stance is null ? 0.0 : stance.Salience.Value * 100.0;
            }

            actors.Add(new ForecastActor(party.Id, party.Name, party.Capability.Value, positions, saliences));
        }

        return new ForecastInput(scenario.Id, scenario.Title, dimensions, actors);
    }
}
