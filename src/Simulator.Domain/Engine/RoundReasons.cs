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
    // The round's objections, which the reasons name by position (-1 for none) instead of copying them.
    private readonly ObjectionList _heard;

    // Per issue, the first limit and the last shortfall heard.
    private readonly int[] _limit;
    private readonly int[] _gain;
    private readonly int[] _wantsMore;
    private readonly int[] _wantsLess;
    private int _textLimit;
    private int _textGain;

    public RoundReasons(CompiledScenario scenario, double[] values, MediatorBeliefs beliefs, ObjectionList heard)
    {
        _heard = heard;
        _s = scenario;
        _values = values;
        _beliefs = beliefs;
        _allOrNothing = scenario.Scenario.Protocol.Packaging == Scenarios.Packaging.AllOrNothing;
        var n = scenario.IssueCount;
        _limit = new int[n];
        _gain = new int[n];
        _wantsMore = new int[n];
        _wantsLess = new int[n];
        Clear();
    }

    /// <summary>Judges with another run's values from now on (the Monte Carlo path reuses sessions).</summary>
    public void Use(double[] values) => _values = values;

    public void Clear()
    {
        Array.Fill(_limit, -1);
        Array.Fill(_gain, -1);
        Array.Fill(_wantsMore, -1);
        Array.Fill(_wantsLess, -1);
        _textLimit = -1;
        _textGain = -1;
    }

    /// <summary>
    /// Notes the round's objection at <paramref name="index"/>, to the whole text
    /// (<paramref name="onWholeText"/>) or to one item put on its own, drafted at <paramref name="drafted"/>,
    /// as an objection about <paramref name="issue"/> (on an item alone: that item, whatever the objection named).
    /// </summary>
    public void Add(int index, int issue, double drafted, bool onWholeText)
    {
        ref readonly var objection = ref _heard[index];
        var isLimit = Blockers.KindOf(objection.Kind) != BlockerKind.InsufficientGain;
        if (onWholeText)
        {
            if (isLimit)
            {
                if (_textLimit < 0)
                {
                    _textLimit = index;
                }
            }
            else if (_textGain < 0)
            {
                _textGain = index;
            }
        }

        if (issue < 0)
        {
            return;
        }

        if (isLimit)
        {
            if (_limit[issue] < 0)
            {
                _limit[issue] = index;
            }

            return;
        }

        _gain[issue] = index;
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
    /// <paramref name="current"/> holds the reason known so far: kept when it is the same limit heard
    /// again (the mediator's own account of it says more), or when the drafter held the item short of
    /// a linkage's trigger (<paramref name="heldBack"/>) and no limit was heard on it. Updated in
    /// place (a note is a large struct; most rounds keep it).
    /// </summary>
    public void Decide(int issue, double drafted, IssueBlockers current, bool heldBack)
    {
        if (_limit[issue] >= 0)
        {
            ref readonly var limit = ref _heard[_limit[issue]];
            if (!Same(current, issue, limit))
            {
                current.Set(issue, Blockers.NoteOf(limit, issue));
            }

            return;
        }

        if (heldBack && current.Has(issue))
        {
            return;
        }

        if (LimitInTheWay(issue, drafted, out var inTheWay))
        {
            if (!Same(current, issue, inTheWay))
            {
                current.Set(issue, Blockers.NoteOf(inTheWay, issue));
            }

            return;
        }

        if (_wantsMore[issue] >= 0 && _wantsLess[issue] >= 0)
        {
            current.Set(issue, Blockers.OpposedNote(issue, _wantsMore[issue], _wantsLess[issue], drafted));
            return;
        }

        if (_gain[issue] >= 0)
        {
            current.Set(issue, Blockers.NoteOf(_heard[_gain[issue]], issue));
            return;
        }

        // Nothing was said about this item: it fell with the text, for the text's reason (with an
        // all-or-nothing agenda, sunk by the item that reason is about). Nothing said at all keeps
        // the reason known so far.
        if (_textLimit >= 0 || _textGain >= 0)
        {
            ref readonly var fell = ref _heard[_textLimit >= 0 ? _textLimit : _textGain];
            current.Set(issue, _allOrNothing && fell.Issue >= 0 && fell.Issue != issue ? Blockers.PackageNote(fell.Issue)
                : Blockers.NoteOf(fell, fell.Issue >= 0 ? fell.Issue : issue));
        }
    }

    /// <summary>Whether the reason known so far is the limit <paramref name="heard"/> again (same kind, same party).</summary>
    private static bool Same(IssueBlockers current, int issue, in RoundObjection heard) =>
        current.Has(issue) && current[issue].Kind == Blockers.KindOf(heard.Kind) && current[issue].Party == heard.Party;

    /// <summary>Another principal's learned limit that holds the draft where a principal who turned it down wants to go past.</summary>
    private bool LimitInTheWay(int issue, double drafted, out RoundObjection inTheWay)
    {
        if (_wantsMore[issue] < 0 && _wantsLess[issue] < 0)
        {
            // Nobody who turned the draft down wants to go past it either way.
            inTheWay = default;
            return false;
        }

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
