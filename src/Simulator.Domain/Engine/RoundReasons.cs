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
    // Per issue, the first limit and the last shortfall heard, valid where the flag is set (so a
    // round clears two arrays of flags, not of objections).
    private readonly RoundObjection[] _limit;
    private readonly RoundObjection[] _gain;
    private readonly bool[] _hasLimit;
    private readonly bool[] _hasGain;
    private readonly int[] _wantsMore;
    private readonly int[] _wantsLess;
    private RoundObjection _textLimit;
    private RoundObjection _textGain;
    private bool _hasTextLimit;
    private bool _hasTextGain;

    public RoundReasons(CompiledScenario scenario, double[] values, MediatorBeliefs beliefs)
    {
        _s = scenario;
        _values = values;
        _beliefs = beliefs;
        _allOrNothing = scenario.Scenario.Protocol.Packaging == Scenarios.Packaging.AllOrNothing;
        var n = scenario.IssueCount;
        _limit = new RoundObjection[n];
        _gain = new RoundObjection[n];
        _hasLimit = new bool[n];
        _hasGain = new bool[n];
        _wantsMore = new int[n];
        _wantsLess = new int[n];
        Clear();
    }

    /// <summary>Judges with another run's values from now on (the Monte Carlo path reuses sessions).</summary>
    public void Use(double[] values) => _values = values;

    public void Clear()
    {
        Array.Clear(_hasLimit);
        Array.Clear(_hasGain);
        Array.Fill(_wantsMore, -1);
        Array.Fill(_wantsLess, -1);
        _hasTextLimit = false;
        _hasTextGain = false;
    }

    /// <summary>Notes one objection to the whole text (<paramref name="onWholeText"/>) or to one item put on its own, drafted at <paramref name="drafted"/>.</summary>
    public void Add(in RoundObjection objection, double drafted, bool onWholeText)
    {
        var isLimit = Blockers.KindOf(objection.Kind) != BlockerKind.InsufficientGain;
        if (onWholeText)
        {
            if (isLimit)
            {
                if (!_hasTextLimit)
                {
                    _textLimit = objection;
                    _hasTextLimit = true;
                }
            }
            else if (!_hasTextGain)
            {
                _textGain = objection;
                _hasTextGain = true;
            }
        }

        var issue = objection.Issue;
        if (issue < 0)
        {
            return;
        }

        if (isLimit)
        {
            if (!_hasLimit[issue])
            {
                _limit[issue] = objection;
                _hasLimit[issue] = true;
            }

            return;
        }

        _gain[issue] = objection;
        _hasGain[issue] = true;
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
    /// a linkage's trigger (<paramref name="heldBack"/>) and no limit was heard on it. Updated in
    /// place (a note is a large struct; most rounds keep it).
    /// </summary>
    public void Decide(int issue, double drafted, ref BlockerNote? current, bool heldBack)
    {
        if (_hasLimit[issue])
        {
            ref readonly var limit = ref _limit[issue];
            if (!Same(current, limit))
            {
                current = Blockers.NoteOf(limit);
            }

            return;
        }

        if (heldBack && current is not null)
        {
            return;
        }

        if (LimitInTheWay(issue, drafted, out var inTheWay))
        {
            if (!Same(current, inTheWay))
            {
                current = Blockers.NoteOf(inTheWay);
            }

            return;
        }

        if (_wantsMore[issue] >= 0 && _wantsLess[issue] >= 0)
        {
            current = Blockers.OpposedNote(issue, _wantsMore[issue], _wantsLess[issue], drafted);
            return;
        }

        if (_hasGain[issue])
        {
            current = Blockers.NoteOf(_gain[issue]);
            return;
        }

        // Nothing was said about this item: it fell with the text, for the text's reason (with an
        // all-or-nothing agenda, sunk by the item that reason is about). Nothing said at all keeps
        // the reason known so far.
        if (_hasTextLimit || _hasTextGain)
        {
            ref readonly var fell = ref _hasTextLimit ? ref _textLimit : ref _textGain;
            current = _allOrNothing && fell.Issue >= 0 && fell.Issue != issue ? Blockers.PackageNote(fell.Issue)
                : fell.Issue >= 0 ? Blockers.NoteOf(fell) : Blockers.NoteOf(fell with { Issue = issue });
        }
    }

    /// <summary>Whether the reason known so far is the limit <paramref name="heard"/> again (same kind, same party).</summary>
    private static bool Same(in BlockerNote? current, in RoundObjection heard) =>
        current is { } same && same.Kind == Blockers.KindOf(heard.Kind) && same.Party == heard.Party;

    /// <summary>Another principal's learned limit that holds the draft where a principal who turned it down wants to go past.</summary>
    private bool LimitInTheWay(int issue, double drafted, out RoundObjection inTheWay)
    {
        foreach (var q in _s.Principals)
        {
            var k = _beliefs.Index(q, issue);
            var more = _wantsMore[issue];
            if (more >= 0 && more != q && _beliefs.High[k] < 100 && drafted + MediatorDrafter.PrintStep > _beliefs.High[k] + 1e-9 && Ideal(more, issue) > _beliefs.High[k] + 1e-9)
            {
                inTheWay = RoundObjection.Limit(q, _beliefs.HighKind[k], issue, null, _beliefs.High[k], issue);
                return true;
            }

            var less = _wantsLess[issue];
            if (less >= 0 && less != q && _beliefs.Low[k] > 0 && drafted - MediatorDrafter.PrintStep < _beliefs.Low[k] - 1e-9 && Ideal(less, issue) < _beliefs.Low[k] - 1e-9)
            {
                inTheWay = RoundObjection.Limit(q, _beliefs.LowKind[k], issue, _beliefs.Low[k], null, issue);
                return true;
            }
        }

        inTheWay = default;
        return false;
    }

    private double Ideal(int party, int issue) => _values[_s.Parties[party].Position[issue]];
}
