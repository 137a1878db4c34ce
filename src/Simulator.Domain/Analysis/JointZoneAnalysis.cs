using Simulator.Domain.Engine;

namespace Simulator.Domain.Analysis;

/// <summary>
/// The joint zone of agreement of every agenda issue, and the red-line diagnosis of those without
/// one. An issue is agreed when it moves at least <see cref="MediatorDrafter.MinimumMeaningfulChange"/>
/// points from its status quo (the engine's threshold for putting it in a text), with every
/// consenting party's red lines and mandates met on agreed issues and its linkages met with the
/// other issues at their agreed values or status quo.
/// </summary>
public static class JointZoneAnalysis
{
    /// <summary>The largest set of constraints relaxed together in a diagnosis.</summary>
    public const int MaxRelaxationSetSize = 3;

    public static IReadOnlyList<JointZone> Analyse(AgreementSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return [.. space.Agenda.Select(issue => Analyse(space, issue))];
    }

    public static JointZone Analyse(AgreementSpace space, int issue)
    {
        ArgumentNullException.ThrowIfNull(space);
        var search = new AgreementSearch(space);
        var id = space.Scenario.Issues[issue].Id;
        var move = MediatorDrafter.MinimumMeaningfulChange;
        var working = space.BreakpointCandidates(issue, move)
            .Where(v => search.Find(issue, move, targetValue: v) is not null)
            .ToList();
        if (working.Count == 0)
        {
            return new JointZone(id, false, null, null, null, Diagnose(space, search, issue, id, null), []);
        }

        var example = search.Find(issue, move, targetValue: working[^1])!;
        var triggers = new List<RedLineDiagnosis>();
        foreach (var when in TriggersOn(space, issue))
        {
            var subject = ConsentConstraint.Condition(when);
            if (!working.Any(when.HoldsFor) && triggers.TrueForAll(t => t.Subject != subject))
            {
                triggers.Add(Diagnose(space, search, issue, subject, when));
            }
        }

        return new JointZone(id, true, working.Min(), working.Max(), example.Outcome, null, triggers);
    }

    // The trigger conditions of consenting parties' linkages that name this issue.
    private static IEnumerable<Scenarios.IssueCondition> TriggersOn(AgreementSpace space, int issue)
    {
        for (var c = 0; c < space.Constraints.Count; c++)
        {
            if (space.TriggerIssueOf(c) == issue)
            {
                yield return space.Constraints[c].Linkage!.When;
            }
        }
    }

    private static RedLineDiagnosis Diagnose(AgreementSpace space, AgreementSearch search, int issue, string subject, Scenarios.IssueCondition? trigger)
    {
        Func<double, bool>? filter = trigger is null ? null : trigger.HoldsFor;
        var id = space.Scenario.Issues[issue].Id;
        var move = MediatorDrafter.MinimumMeaningfulChange;
        var relevant = Enumerable.Range(0, space.Constraints.Count).ToList();
        var found = new List<(HashSet<int> Set, AgreementWitness Witness)>();
        for (var size = 1; size <= MaxRelaxationSetSize && found.Count == 0; size++)
        {
            foreach (var subset in Subsets(relevant, size))
            {
                var set = subset.ToHashSet();
                if (search.Find(issue, move, set, targetFilter: filter) is { } witness)
                {
                    found.Add((set, witness));
                }
            }
        }

        var options = found
            .Select(f => new Relaxation(
                [.. f.Set.Order().Select(c => new ConstraintMove(space.Constraints[c], f.Witness.Excess[c]))],
                f.Witness.Outcome))
            // A set whose witness does not need to move every member is not minimal.
            .Where(r => r.Moves.All(m => m.By > 1e-9))
            .ToList();
        // A search that ran out of nodes may have missed a relaxation: the diagnosis says so.
        return new RedLineDiagnosis(id, subject, options, options.Count > 0 && !search.Truncated, filter is null ? StatusQuoNote(space, issue) : null, trigger);
    }

    // When the red lines on an issue do meet, but only near its status quo, say so: the zone is
    // closed by the rule that an agreement must move the issue meaningfully.
    private static string? StatusQuoNote(AgreementSpace space, int issue)
    {
        var own = IssueZones.For(space.Scenario, space.Scenario.Issues[issue].Id);
        if (!own.IsOpen)
        {
            return null;
        }

        var sq = space.StatusQuo[issue];
        var move = MediatorDrafter.MinimumMeaningfulChange;
        return $"(The principals' red lines and mandates meet only within [{ConsentConstraint.Format(own.Low)}, {ConsentConstraint.Format(own.High)}], " +
            $"and agreeing means moving {space.Scenario.Issues[issue].Id} at least {ConsentConstraint.Format(move)} points from its status quo of {ConsentConstraint.Format(sq)}.)";
    }

    private static IEnumerable<int[]> Subsets(IReadOnlyList<int> items, int size)
    {
        var index = Enumerable.Range(0, size).ToArray();
        if (size > items.Count)
        {
            yield break;
        }

        while (true)
        {
            yield return [.. index.Select(i => items[i])];
            var k = size - 1;
            while (k >= 0 && index[k] == items.Count - size + k)
            {
                k--;
            }

            if (k < 0)
            {
                yield break;
            }

            index[k]++;
            for (var j = k + 1; j < size; j++)
            {
                index[j] = index[j - 1] + 1;
            }
        }
    }
}
