namespace Simulator.Domain.Engine;

/// <summary>
/// What the principals said about each item in one round, and from it the reason an item that was
/// not agreed failed on that round's draft. Only what was said about this draft counts: a red line
/// heard in an earlier round that the draft now respects no longer binds, and is not reported. A
/// limit (red line, mandate, linkage) outranks a shortfall in gain; two principals finding the same
/// item too poor in opposite directions (one wants more, the other less) are reported as opposed.
/// A limit heard earlier still binds when the draft sits at it and a principal turned the draft down
/// wanting to go past it (the summit held at what a mid-level delegation may agree, which the other
/// side finds too little): then that limit is the reason.
/// </summary>
internal sealed class RoundReasons
{
    private readonly CompiledScenario _s;
    private double[] _values;
    private readonly MediatorBeliefs _beliefs;
    private readonly bool _allOrNothing;
    private readonly Objection?[] _limit;
    private readonly Objection?[] _gain;
    private readonly int[] _wantsMore;
    private readonly int[] _wantsLess;
    private Objection? _textLimit;
    private Objection? _textGain;

    public RoundReasons(CompiledScenario scenario, double[] values, MediatorBeliefs beliefs)
    {
        _s = scenario;
        _values = values;
        _beliefs = beliefs;
        _allOrNothing = scenario.Scenario.Protocol.Packaging == Scenarios.Packaging.AllOrNothing;
        var n = scenario.IssueCount;
        _limit = new Objection?[n];
        _gain = new Objection?[n];
        _wantsMore = new int[n];
        _wantsLess = new int[n];
        Clear();
    }

    /// <summary>Judges with another run's values from now on (the Monte Carlo path reuses sessions).</summary>
    public void Use(double[] values) => _values = values;

    public void Clear()
    {
        Array.Clear(_limit);
        Array.Clear(_gain);
        Array.Fill(_wantsMore, -1);
        Array.Fill(_wantsLess, -1);
        _textLimit = null;
        _textGain = null;
    }

    /// <summary>Notes one objection to the whole text (<paramref name="onWholeText"/>) or to one item put on its own, drafted at <paramref name="drafted"/>.</summary>
    public void Add(in Objection objection, double drafted, bool onWholeText)
    {
        var isLimit = Blockers.KindOf(objection.Kind) != BlockerKind.InsufficientGain;
        if (onWholeText)
        {
            if (isLimit)
            {
                _textLimit ??= objection;
            }
            else
            {
                _textGain ??= objection;
            }
        }

        var issue = objection.Issue;
        if (issue < 0)
        {
            return;
        }

        if (isLimit)
        {
            _limit[issue] ??= objection;
            return;
        }

        _gain[issue] = objection;
        var party = _s.Parties[objection.Party];
        if (objection.Kind == ObjectionKind.InsufficientGain && party.HasStance[issue])
        {
            var ideal = _values[party.Position[issue]];
            if (ideal > drafted + 1e-9)
            {
                _wantsMore[issue] = objection.Party;
            }
            else if (ideal < drafted - 1e-9)
            {
                _wantsLess[issue] = objection.Party;
            }
        }
    }

    /// <summary>
    /// Why <paramref name="issue"/>, drafted at <paramref name="drafted"/>, was not agreed this round.
    /// <paramref name="current"/> is the reason known so far: kept when it is the same limit heard
    /// again (the mediator's own account of it says more), or when the drafter held the item short of
    /// a linkage's trigger (<paramref name="heldBack"/>) and no limit was heard on it.
    /// </summary>
    public BlockerNote? Decide(int issue, double drafted, BlockerNote? current, bool heldBack)
    {
        if (_limit[issue] is { } limit)
        {
            return current is { } same && same.Kind == Blockers.KindOf(limit.Kind) && same.Party == limit.Party
                ? current
                : Blockers.NoteOf(limit);
        }

        if (heldBack && current is not null)
        {
            return current;
        }

        if (LimitInTheWay(issue, drafted) is { } inTheWay)
        {
            return current is { } same && same.Kind == Blockers.KindOf(inTheWay.Kind) && same.Party == inTheWay.Party
                ? current
                : Blockers.NoteOf(inTheWay);
        }

        if (_wantsMore[issue] >= 0 && _wantsLess[issue] >= 0)
        {
            return Blockers.OpposedNote(issue, _wantsMore[issue], _wantsLess[issue], drafted);
        }

        if (_gain[issue] is { } gain)
        {
            return Blockers.NoteOf(gain);
        }

        // Nothing was said about this item: it fell with the text, for the text's reason (with an
        // all-or-nothing agenda, sunk by the item that reason is about).
        if ((_textLimit ?? _textGain) is not { } fell)
        {
            return current;
        }

        return _allOrNothing && fell.Issue >= 0 && fell.Issue != issue ? Blockers.PackageNote(fell.Issue)
            : Blockers.NoteOf(fell.Issue >= 0 ? fell : fell with { Issue = issue });
    }

    /// <summary>Another principal's learned limit that holds the draft where a principal who turned it down wants to go past.</summary>
    private Objection? LimitInTheWay(int issue, double drafted)
    {
        foreach (var q in _s.Principals)
        {
            var k = _beliefs.Index(q, issue);
            var more = _wantsMore[issue];
            if (more >= 0 && more != q && _beliefs.High[k] < 100 && drafted + MediatorDrafter.PrintStep > _beliefs.High[k] + 1e-9 && Ideal(more, issue) > _beliefs.High[k] + 1e-9)
            {
                return new Objection(q, _beliefs.HighKind[k], issue, Max: _beliefs.High[k], BoundIssue: issue);
            }

            var less = _wantsLess[issue];
            if (less >= 0 && less != q && _beliefs.Low[k] > 0 && drafted - MediatorDrafter.PrintStep < _beliefs.Low[k] - 1e-9 && Ideal(less, issue) < _beliefs.Low[k] - 1e-9)
            {
                return new Objection(q, _beliefs.LowKind[k], issue, Min: _beliefs.Low[k], BoundIssue: issue);
            }
        }

        return null;
    }

    private double Ideal(int party, int issue) => _values[_s.Parties[party].Position[issue]];
}
