using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Calibration;

/// <summary>
/// The provenance to show beside a parameter: its own source, or the source written on what holds
/// it (a red line, a linkage, an influence, a delegation, a co-mediator's seat), where the scenario format puts it.
/// </summary>
public static class ParameterSources
{
    public static IReadOnlyDictionary<string, Provenance> Enclosing(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sources = new Dictionary<string, Provenance>(StringComparer.Ordinal);
        foreach (var party in scenario.Parties)
        {
            foreach (var stance in party.Stances)
            {
                Add(sources, stance.RedLine?.Source, stance.RedLine?.Min, stance.RedLine?.Max);
            }

            foreach (var linkage in party.Linkages)
            {
                Add(sources, linkage.Source, [.. linkage.AllParameters()]);
            }

            foreach (var influence in party.Influences)
            {
                Add(sources, influence.Source, influence.Strength);
            }

            foreach (var limit in party.Delegation.Mandate)
            {
                Add(sources, party.Delegation.Source, limit.Min, limit.Max);
            }
        }

        foreach (var seat in scenario.Protocol.CoMediators ?? [])
        {
            Add(sources, seat.Source, seat.Weight);
        }

        return sources;
    }

    private static void Add(Dictionary<string, Provenance> sources, Provenance? source, params Parameter?[] parameters)
    {
        if (source is null)
        {
            return;
        }

        foreach (var p in parameters)
        {
            if (p is not null)
            {
                sources.TryAdd(p.Path, source);
            }
        }
    }
}
