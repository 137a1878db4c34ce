using Simulator.Domain.Engine;

namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// One mediator in the chair, as `sim analyze` reports it: its party id, its weight as written (1 for
/// a lone mediator), its share of the chair's drafts, and its stated position and salience on each
/// agenda issue it has a view on (by issue id), with the stated (unsampled) values.
/// </summary>
public sealed record ChairSeatReport(
    string Party,
    double Weight,
    double Share,
    IReadOnlyDictionary<string, double> Positions,
    IReadOnlyDictionary<string, double> Saliences)
{
    /// <summary>The chair's seats of a compiled scenario at the given parameter values.</summary>
    public static IReadOnlyList<ChairSeatReport> For(CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var seats = new List<ChairSeatReport>(scenario.Chair.Length);
        for (var seat = 0; seat < scenario.Chair.Length; seat++)
        {
            var party = scenario.Parties[scenario.Chair[seat]];
            var positions = new Dictionary<string, double>(StringComparer.Ordinal);
            var saliences = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var issue in scenario.Agenda.Where(i => party.HasStance[i]))
            {
                positions[scenario.Scenario.Issues[issue].Id] = values[party.Position[issue]];
                saliences[scenario.Scenario.Issues[issue].Id] = values[party.Salience[issue]];
            }

            var weight = scenario.ChairWeight[seat] < 0 ? 1 : values[scenario.ChairWeight[seat]];
            seats.Add(new ChairSeatReport(party.Id, weight, scenario.ChairShare(values, seat), positions, saliences));
        }

        return seats;
    }
}
