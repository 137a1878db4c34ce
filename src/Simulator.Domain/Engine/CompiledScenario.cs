using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// A scenario prepared for fast repeated runs: parameters flattened into a <see cref="ParameterTable"/>,
/// every reference resolved to an index. Built once per experiment; immutable and thread-safe.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(Scenario scenario, ParameterTable table)
    {
        Scenario = scenario;
        Parameters = table;
        IssueCount = scenario.Issues.Count;
        StatusQuo = [.. scenario.Issues.Select(i => table.IndexOf(i.StatusQuo))];
        Separable = [.. scenario.Issues.Select(i => i.Separable)];
        Parties = [.. scenario.Parties.Select(p => CompileParty(scenario, table, p))];
        Principals = [.. Enumerable.Range(0, Parties.Length).Where(i => Parties[i].Role == PartyRole.Principal)];
        Chair = [.. scenario.Protocol.ChairIds.Select(id => Array.FindIndex(Parties, p => p.Id == id)).Where(i => i >= 0)];
        ChairWeight = scenario.Protocol.CoMediators is { } seats
            ? [.. seats.Where(c => Array.Exists(Parties, p => p.Id == c.PartyId)).Select(c => table.IndexOf(c.Weight))]
            : [.. Chair.Select(_ => -1)];
        Agenda = scenario.Protocol.Agenda.Count == 0
            ? [.. Enumerable.Range(0, IssueCount)]
            : [.. scenario.Protocol.Agenda.Select(scenario.IssueIndex).Where(i => i >= 0)];
        Timeline = [.. scenario.Timeline
            .OrderBy(e => e.AtMinute)
            .Select(e => new CompiledEvent(e.AtMinute, e.Description, [.. e.Changes.Select(c => (table.IndexOf(c.Path), c.Value)).Where(c => c.Item1 >= 0)]))];
        TimeBudget = table.IndexOf(scenario.Protocol.TimeBudgetMinutes);
        MinutesPerRound = table.IndexOf(scenario.Protocol.MinutesPerRound);
        LinkageStart = new int[Parties.Length];
        var linkages = new List<CompiledLinkage>();
        for (var p = 0; p < Parties.Length; p++)
        {
            LinkageStart[p] = linkages.Count;
            linkages.AddRange(Parties[p].Linkages);
        }

        Linkages = [.. linkages];
        TimelineMovesRunTables = TimelineMoves(ReadByRunTables());
    }

    public Scenario Scenario { get; }

    public ParameterTable Parameters { get; }

    public int IssueCount { get; }

    public int[] StatusQuo { get; }

    public bool[] Separable { get; }

    public CompiledParty[] Parties { get; }

    /// <summary>
    /// Every party's linkages, party by party, so the engine's per-round structs name a linkage by
    /// its index here instead of holding the object (a struct without references is neither
    /// scanned by the garbage collector nor zeroed in every frame that holds one).
    /// </summary>
    internal CompiledLinkage[] Linkages { get; }

    /// <summary>
    /// Per <see cref="Timeline"/> event, whether it changes a parameter that a run's party × issue
    /// table (<see cref="RunPartyValues"/>) or the chair's view (<see cref="RunChairView"/>) reads:
    /// an event that does not (a change of stance, say) leaves both exactly as they are.
    /// </summary>
    internal bool[] TimelineMovesRunTables { get; }

    /// <summary>Per party, the index in <see cref="Linkages"/> of its first linkage.</summary>
    internal int[] LinkageStart { get; }

    /// <summary>The index of <paramref name="linkage"/> in <see cref="Linkages"/> (-1 for none); throws for a linkage of another scenario.</summary>
    internal int LinkageIndex(CompiledLinkage? linkage)
    {
        if (linkage is null)
        {
            return -1;
        }

        for (var k = 0; k < Linkages.Length; k++)
        {
            if (ReferenceEquals(Linkages[k], linkage))
            {
                return k;
            }
        }

        throw new ArgumentException($"Linkage '{linkage.Id}' is not one of this scenario's.", nameof(linkage));
    }

    /// <summary>Indices of the parties at the table whose consent an agreement needs.</summary>
    public int[] Principals { get; }

    /// <summary>
    /// Index of the mediator (with a shared chair: its first co-mediator, the one that speaks for
    /// it), or -1 when the talks have none. The whole chair is <see cref="Chair"/>.
    /// </summary>
    public int Mediator => Chair.Length > 0 ? Chair[0] : -1;

    /// <summary>Party indices of the mediators in the chair, in document order: one for a lone mediator, none without one.</summary>
    public int[] Chair { get; }

    /// <summary>Per seat of <see cref="Chair"/>, the parameter index of its weight; -1 for a lone mediator (its share is 1).</summary>
    public int[] ChairWeight { get; }

    /// <summary>True when two or more mediators share the chair.</summary>
    public bool HasSharedChair => Chair.Length > 1;

    /// <summary>
    /// The share of chair seat <paramref name="seat"/> in one run's drafts: its weight divided by the
    /// sum of the chair's weights (negative weights count as 0; all at 0 gives every seat 0, a chair
    /// with no pull). A lone mediator's share is exactly 1.
    /// </summary>
    public double ChairShare(IReadOnlyList<double> values, int seat)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (ChairWeight[seat] < 0)
        {
            return 1;
        }

        var total = 0.0;
        foreach (var w in ChairWeight)
        {
            total += w < 0 ? 1 : Math.Max(values[w], 0);
        }

        return total > 0 ? Math.Max(values[ChairWeight[seat]], 0) / total : 0;
    }

    /// <summary>Issue indices on the agenda, in agenda order.</summary>
    public int[] Agenda { get; }

    public CompiledEvent[] Timeline { get; }

    public int TimeBudget { get; }

    public int MinutesPerRound { get; }

    public static CompiledScenario Compile(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new CompiledScenario(scenario, new ParameterTable(scenario.AllParameters()));
    }

    private static CompiledParty CompileParty(Scenario scenario, ParameterTable table, Party party)
    {
        var n = scenario.Issues.Count;
        var hasStance = new bool[n];
        var position = Filled(n);
        var salience = Filled(n);
        var redMin = Filled(n);
        var redMax = Filled(n);
        var mandateMin = Filled(n);
        var mandateMax = Filled(n);
        foreach (var stance in party.Stances)
        {
            var i = scenario.IssueIndex(stance.IssueId);
            if (i < 0)
            {
                continue;
            }

            hasStance[i] = true;
            position[i] = table.IndexOf(stance.Position);
            salience[i] = table.IndexOf(stance.Salience);
            redMin[i] = table.IndexOf(stance.RedLine?.Min);
            redMax[i] = table.IndexOf(stance.RedLine?.Max);
        }

        foreach (var limit in party.Delegation.Mandate)
        {
            var i = scenario.IssueIndex(limit.IssueId);
            if (i >= 0)
            {
                mandateMin[i] = table.IndexOf(limit.Min);
                mandateMax[i] = table.IndexOf(limit.Max);
            }
        }

        var partyIndex = scenario.Parties.ToList();
        return new CompiledParty
        {
            Id = party.Id,
            Name = party.Name,
            Role = party.Role,
            Shape = party.UtilityShape,
            DelegationLevel = party.Delegation.Level,
            Capability = table.IndexOf(party.Capability),
            Reservation = table.IndexOf(party.ReservationUtility),
            Beta = table.IndexOf(party.ConcessionBeta),
            RiskAttitude = table.IndexOf(party.RiskAttitude),
            HasStance = hasStance,
            Position = position,
            Salience = salience,
            RedLineMin = redMin,
            RedLineMax = redMax,
            MandateMin = mandateMin,
            MandateMax = mandateMax,
            Linkages = [.. party.Linkages.Select(l => new CompiledLinkage(
                l.Id,
                l.Description,
                scenario.IssueIndex(l.When.IssueId),
                table.IndexOf(l.When.AtLeast),
                table.IndexOf(l.When.AtMost),
                [.. l.Requirements.Select(r => new CompiledCondition(scenario.IssueIndex(r.IssueId), table.IndexOf(r.AtLeast), table.IndexOf(r.AtMost)))],
                l.IsAnyOf))
                .Where(l => l.WhenIssue >= 0 && l.Requirements.Length > 0 && Array.TrueForAll(l.Requirements, r => r.Issue >= 0))],
            Signs = [.. scenario.Issues.Select(i => i.NeedsConsentOf(party.Id))],
            Absent = !party.Present,
            Influences = [.. party.Influences
                .Select(f => new CompiledInfluence(partyIndex.FindIndex(p => p.Id == f.TargetId), f.Kind, table.IndexOf(f.Strength)))
                .Where(f => f.Target >= 0)],
        };
    }

    /// <summary>The parameters <see cref="RunPartyValues"/> and <see cref="RunChairView"/> read, by index.</summary>
    private bool[] ReadByRunTables()
    {
        var read = new bool[Parameters.Count];
        void Mark(int index)
        {
            if (index >= 0)
            {
                read[index] = true;
            }
        }

        foreach (var party in Parties)
        {
            Mark(party.Capability);
            for (var i = 0; i < IssueCount; i++)
            {
                Mark(party.Position[i]);
                Mark(party.Salience[i]);
                Mark(party.RedLineMin[i]);
                Mark(party.RedLineMax[i]);
                Mark(party.MandateMin[i]);
                Mark(party.MandateMax[i]);
            }
        }

        foreach (var weight in ChairWeight)
        {
            Mark(weight);
        }

        return read;
    }

    private bool[] TimelineMoves(bool[] read) =>
        [.. Timeline.Select(e => Array.Exists(e.Changes, c => c.Index >= 0 && c.Index < read.Length && read[c.Index]))];

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }
}
