namespace Simulator.Domain.Engine;

/// <summary>
/// The mediator's drafting policy for the single text. For each open item it proposes the
/// capability × salience weighted compromise of the principals' stated positions (leaning towards a
/// party that found the text too poor on that item, and pulled a little towards the mediator's own
/// view where the principals disagree; with a shared chair towards each co-mediator's view by its
/// weight, <see cref="ChairView"/>), keeps it inside what it has learned each principal can accept
/// and then rounds it, inside those limits, to a number a communiqué would print (multiples of
/// <see cref="PrintStep"/>). It works around stated linkages: it meets a linkage's requirement where
/// it believes that possible (at a printable value), and otherwise keeps the linked item at the last
/// printable value short of the linkage's trigger. Items that cannot move at least <see cref="MinimumMeaningfulChange"/> points
/// from the status quo are not tabled, with the reason; nor is an item held short of a trigger unless
/// the party holding the linkage gains from the held value (else it is an artefact of the trigger,
/// not a compromise anyone sought).
/// </summary>
public sealed class MediatorDrafter
{
    /// <summary>The smallest move from the status quo worth putting in a text (scale points).</summary>
    public const double MinimumMeaningfulChange = 10;

    /// <summary>Drafted values are multiples of this (scale points), as a communiqué would print them.</summary>
    public const double PrintStep = 5;

    /// <summary>How strongly the mediator's own view pulls the draft, at most (each co-mediator's, times its share of a shared chair).</summary>
    public const double MaxMediatorPull = 0.3;

    private const int LinkagePasses = 3;
    private readonly CompiledScenario _s;
    private readonly MediatorBeliefs _beliefs;
    private readonly RunPartyValues _table;
    private readonly RunChairView _chair;
    private double[] _values;

    // Scratch space for one draft, per issue; reused every round (cleared at the start of Draft).
    private readonly double[] _proposal;
    private readonly bool[] _inText;
    private readonly bool[] _isOpen;
    private readonly (int Party, ObjectionKind Kind, double Bound, bool IsMax)?[] _clampedBy;
    private readonly BlockerNote[] _linkageBlock;
    private readonly bool[] _hasLinkageBlock;

    // What Draft returns, reused: valid until the next call. The items not tabled and those held
    // back are issues in drafting order; their notes go straight into the caller's blockers.
    private readonly List<TextItem> _text;
    private readonly int[] _notTabled;
    private readonly int[] _heldBack;
    private readonly bool[] _isNotTabled;

    internal MediatorDrafter(CompiledScenario scenario, double[] values, MediatorBeliefs beliefs, RunPartyValues table)
    {
        _s = scenario;
        _table = table;
        _chair = new RunChairView(scenario);
        _values = values;
        _beliefs = beliefs;
        var n = scenario.IssueCount;
        _proposal = new double[n];
        _inText = new bool[n];
        _isOpen = new bool[n];
        _clampedBy = new (int, ObjectionKind, double, bool)?[n];
        _linkageBlock = new BlockerNote[n];
        _hasLinkageBlock = new bool[n];
        _text = new List<TextItem>(n);
        _notTabled = new int[n];
        _heldBack = new int[n];
        _isNotTabled = new bool[n];
    }

    /// <summary>Drafts with another run's values from now on (the Monte Carlo path reuses sessions).</summary>
    internal void Use(double[] values) => _values = values;

    /// <summary>Reads the chair's views again from the values (a new run, an event).</summary>
    internal void ReadChair() => _chair.Refresh(_s, _values);

    /// <summary>The items the last draft could not table, in drafting order (their notes are in the blockers it was given).</summary>
    internal ReadOnlySpan<int> NotTabled => _notTabled.AsSpan(0, NotTabledCount);

    internal int NotTabledCount { get; private set; }

    /// <summary>The tabled items the last draft held back short of a linkage's trigger, in drafting order.</summary>
    internal ReadOnlySpan<int> HeldBack => _heldBack.AsSpan(0, HeldBackCount);

    internal int HeldBackCount { get; private set; }

    /// <summary>
    /// Drafts a text over <paramref name="open"/> items given the current base outcome. Besides the
    /// text it finds the items it could not table (<see cref="NotTabled"/>) and the tabled items it had
    /// to hold back short of a linkage's trigger (<see cref="HeldBack"/>, also flagged in
    /// <paramref name="heldBack"/>, which the caller clears), each with the reason written into
    /// <paramref name="blockers"/> at its issue (the notes are large structs: written once, where they
    /// are kept). The text is the drafter's own list, reused by the next draft.
    /// </summary>
    internal List<TextItem> Draft(List<int> open, double[] baseOutcome, IssueBlockers blockers, bool[] heldBack)
    {
        ArgumentNullException.ThrowIfNull(open);
        var proposal = _proposal;
        var inText = _inText;
        var isOpen = _isOpen;
        var clampedBy = _clampedBy;
        var linkageBlock = _linkageBlock;
        var blocked = _hasLinkageBlock;
        var isNotTabled = _isNotTabled;
        // A proposal is read only where the item is in the text, and written first: not cleared.
        Array.Clear(inText);
        Array.Clear(isOpen);
        Array.Clear(isNotTabled);

        // Written and read only at open items: clearing those is enough (a linkage's note is valid where flagged).
        for (var k = 0; k < open.Count; k++)
        {
            clampedBy[open[k]] = null;
            blocked[open[k]] = false;
        }

        var notTabled = 0;
        for (var k = 0; k < open.Count; k++)
        {
            var i = open[k];
            isOpen[i] = true;
            var (lo, loOwner, hi, hiOwner) = Feasible(i);
            if (lo > hi + 1e-9)
            {
                blockers.Set(i, Blockers.NoZoneNote(i, loOwner, lo, hiOwner, hi));
                isNotTabled[i] = true;
                _notTabled[notTabled++] = i;
                continue;
            }

            var raw = Compromise(i);
            if (!TryPrintable(raw, lo, hi, out var x))
            {
                // Limits closer together than a text can print leave no zone a communiqué could state.
                blockers.Set(i, Blockers.NoZoneNote(i, loOwner, lo, hiOwner, hi));
                isNotTabled[i] = true;
                _notTabled[notTabled++] = i;
                continue;
            }
            if (raw < lo - 1e-9 && loOwner >= 0)
            {
                clampedBy[i] = (loOwner, _beliefs.LowKind[_beliefs.Index(loOwner, i)], lo, false);
            }
            else if (raw > hi + 1e-9 && hiOwner >= 0)
            {
                clampedBy[i] = (hiOwner, _beliefs.HighKind[_beliefs.Index(hiOwner, i)], hi, true);
            }

            proposal[i] = x;
            inText[i] = true;
        }

        ResolveLinkages(proposal, inText, isOpen, baseOutcome, linkageBlock, blocked);

        var text = _text;
        var held = 0;
        text.Clear();
        for (var k = 0; k < open.Count; k++)
        {
            var i = open[k];

            // Read in place: the notes are large structs, copied only where one is kept.
            ref readonly var block = ref linkageBlock[i];
            if (!inText[i])
            {
                if (blocked[i] && !isNotTabled[i])
                {
                    blockers.Set(i, block);
                    isNotTabled[i] = true;
                    _notTabled[notTabled++] = i;
                }

                continue;
            }

            var sq = _values[_s.StatusQuo[i]];
            if (Math.Abs(proposal[i] - sq) < MinimumMeaningfulChange)
            {
                if (blocked[i])
                {
                    blockers.Set(i, block);
                }
                else if (clampedBy[i] is { } c)
                {
                    blockers.Set(i, Blockers.BoundNote(c.Party, i, c.Kind, c.Bound, c.IsMax));
                }
                else
                {
                    blockers.Set(i, Blockers.NoInterestNote(i));
                }

                isNotTabled[i] = true;
                _notTabled[notTabled++] = i;
                continue;
            }

            if (blocked[i])
            {
                blockers.Set(i, block);
                if (!HolderGains(block.Party, i, proposal[i], baseOutcome[i]))
                {
                    isNotTabled[i] = true;
                    _notTabled[notTabled++] = i;
                    continue;
                }

                heldBack[i] = true;
                _heldBack[held++] = i;
            }

            text.Add(new TextItem(i, proposal[i]));
        }

        NotTabledCount = notTabled;
        HeldBackCount = held;
        return text;
    }

    private void ResolveLinkages(double[] proposal, bool[] inText, bool[] isOpen, double[] baseOutcome, BlockerNote[] linkageBlock, bool[] blocked)
    {
        for (var pass = 0; pass < LinkagePasses; pass++)
        {
            var changed = false;
            var learned = _beliefs.Linkages;
            for (var n = 0; n < learned.Count; n++)
            {
                var (party, link) = learned[n];
                var w = link.WhenIssue;
                var wValue = inText[w] ? proposal[w] : baseOutcome[w];
                if (!PartyEvaluator.Holds(wValue, link.WhenAtLeast, link.WhenAtMost, _values)
                    || RequirementsHold(link, proposal, inText, baseOutcome))
                {
                    continue;
                }

                if (TryMeet(link, proposal, inText, baseOutcome, isOpen, out var failing))
                {
                    changed = true;
                    continue;
                }

                var r = failing.Issue;
                var (lo, loOwner, hi, hiOwner) = Feasible(r);
                var reqLo = failing.AtLeast >= 0 ? Math.Max(lo, _values[failing.AtLeast]) : lo;
                var index = _beliefs.LinkageIndices[n] is var known and >= 0 ? known : _s.LinkageIndex(link);
                var blocker = Blockers.UnmetLinkageNote(party, index, r, isOpen[r], reqLo, lo, loOwner, hi, hiOwner);
                if (inText[w])
                {
                    proposal[w] = ShortOfTrigger(link, w);
                    linkageBlock[w] = blocker;
                    blocked[w] = true;
                    changed = true;
                    continue;
                }

                foreach (var requirement in link.Requirements)
                {
                    var i = requirement.Issue;
                    if (inText[i] && !requirement.HoldsFor(proposal[i], _values))
                    {
                        inText[i] = false;
                        linkageBlock[i] = blocker;
                        blocked[i] = true;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private bool RequirementsHold(CompiledLinkage link, double[] proposal, bool[] inText, double[] baseOutcome)
    {
        foreach (var requirement in link.Requirements)
        {
            var i = requirement.Issue;
            if (requirement.HoldsFor(inText[i] ? proposal[i] : baseOutcome[i], _values) == link.AnyOf)
            {
                return link.AnyOf;
            }
        }

        return !link.AnyOf;
    }

    /// <summary>
    /// Moves the text so that the linkage's requirements hold, where the mediator believes that
    /// possible: every unmet requirement of an all-of linkage, or the alternative of an any-of
    /// linkage that needs the smallest move. Otherwise leaves the text as it is and names the
    /// requirement that cannot be met (for any-of, the first alternative).
    /// </summary>
    private bool TryMeet(CompiledLinkage link, double[] proposal, bool[] inText, double[] baseOutcome, bool[] isOpen, out CompiledCondition failing)
    {
        failing = link.Requirements[0];
        var bestMove = double.PositiveInfinity;
        CompiledCondition? best = null;
        var bestValue = 0.0;
        foreach (var requirement in link.Requirements)
        {
            var r = requirement.Issue;
            var current = inText[r] ? proposal[r] : baseOutcome[r];
            if (requirement.HoldsFor(current, _values))
            {
                continue;
            }

            var value = 0.0;
            var meetable = isOpen[r] && TryMeetPrintably(requirement, current, out value);
            if (!link.AnyOf)
            {
                if (!meetable)
                {
                    failing = requirement;
                    return false;
                }

                continue;
            }

            if (!meetable)
            {
                continue;
            }

            if (Math.Abs(value - current) < bestMove)
            {
                (best, bestMove, bestValue) = (requirement, Math.Abs(value - current), value);
            }
        }

        if (link.AnyOf)
        {
            if (best is null)
            {
                return false;
            }

            proposal[best.Issue] = bestValue;
            inText[best.Issue] = true;
            return true;
        }

        // All-of, every unmet requirement meetable: meet them all.
        foreach (var requirement in link.Requirements)
        {
            var r = requirement.Issue;
            var current = inText[r] ? proposal[r] : baseOutcome[r];
            if (requirement.HoldsFor(current, _values))
            {
                continue;
            }

            TryMeetPrintably(requirement, current, out var met);
            proposal[r] = met;
            inText[r] = true;
        }

        return true;
    }

    /// <summary>Whether the party holding a linkage is better off with <paramref name="issue"/> at <paramref name="held"/> than where it stands (its stated position is known to the chair).</summary>
    internal bool HolderGains(int holder, int issue, double held, double standing)
    {
        var party = _s.Parties[holder];
        if (!party.HasStance[issue])
        {
            return false;
        }

        var ideal = _values[party.Position[issue]];
        return UtilityFunction.IssueValue(party.Shape, ideal, held) > UtilityFunction.IssueValue(party.Shape, ideal, standing) + 1e-9;
    }

    /// <summary>
    /// The printable value nearest a linkage's trigger on the status quo side, never past the status
    /// quo: the last multiple of <see cref="PrintStep"/> short of it (the status quo when none lies
    /// between them).
    /// </summary>
    private double ShortOfTrigger(CompiledLinkage link, int w)
    {
        var sq = _values[_s.StatusQuo[w]];
        if (link.WhenAtLeast >= 0 && sq < _values[link.WhenAtLeast] - 1e-9)
        {
            var below = (Math.Ceiling((_values[link.WhenAtLeast] / PrintStep) - 1e-9) - 1) * PrintStep;
            return Math.Max(sq, below);
        }

        if (link.WhenAtMost >= 0 && sq > _values[link.WhenAtMost] + 1e-9)
        {
            var above = (Math.Floor((_values[link.WhenAtMost] / PrintStep) + 1e-9) + 1) * PrintStep;
            return Math.Min(sq, above);
        }

        return sq;
    }

    /// <summary>
    /// <paramref name="x"/> as a communiqué would print it, inside [<paramref name="lo"/>,
    /// <paramref name="hi"/>]: the multiple of <see cref="PrintStep"/> nearest to it there. False when
    /// the interval holds none (the limits are closer together than a text can print).
    /// </summary>
    internal static bool TryPrintable(double x, double lo, double hi, out double value)
    {
        var first = Math.Ceiling((lo / PrintStep) - 1e-9) * PrintStep;
        var last = Math.Floor((hi / PrintStep) + 1e-9) * PrintStep;
        if (first > last + 1e-9)
        {
            value = double.NaN;
            return false;
        }

        value = Math.Clamp(Math.Round(Math.Clamp(x, lo, hi) / PrintStep) * PrintStep, first, last);
        return true;
    }

    private double Compromise(int issue)
    {
        double sum = 0, weight = 0, lowest = 100, highest = 0;
        var table = _table;
        var lean = _beliefs.Lean;
        foreach (var p in _s.Principals)
        {
            // Only those who sign the item pull the draft of it. The beliefs share the table's slots.
            var slot = table.Slot(p, issue);
            if (!table.Weighs[slot])
            {
                continue;
            }

            var w = table.DraftWeight[slot] * lean[slot];
            var position = table.Position[slot];
            sum += w * position;
            weight += w;
            lowest = Math.Min(lowest, position);
            highest = Math.Max(highest, position);
        }

        if (weight <= 0)
        {
            return _chair.TryPosition(issue, out var own) ? own : _values[_s.StatusQuo[issue]];
        }

        // The chair (one mediator or several, each by its share) only pulls where the principals
        // disagree, and more the further apart they are.
        return _chair.Pulled(issue, sum / weight, Math.Max(highest - lowest, 0) / 100);
    }

    /// <summary>
    /// The value nearest <paramref name="current"/> that meets the requirement inside the learned
    /// limits of its issue. A requirement is met only by a value a communique would print (a multiple
    /// of 5 in the limits); false when there is none.
    /// </summary>
    private bool TryMeetPrintably(CompiledCondition requirement, double current, out double value)
    {
        var (lo, _, hi, _) = Feasible(requirement.Issue);
        var reqLo = requirement.AtLeast >= 0 ? Math.Max(lo, _values[requirement.AtLeast]) : lo;
        var reqHi = requirement.AtMost >= 0 ? Math.Min(hi, _values[requirement.AtMost]) : hi;
        return TryPrintable(current, reqLo, reqHi, out value);
    }

    // Called for every open item of every draft: inlined, it returns its four values in registers.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private (double Lo, int LoOwner, double Hi, int HiOwner) Feasible(int issue)
    {
        double lo = 0, hi = 100;
        int loOwner = -1, hiOwner = -1;
        var low = _beliefs.Low;
        var high = _beliefs.High;
        var principals = _s.Principals;
        for (var n = 0; n < principals.Length; n++)
        {
            var p = principals[n];
            var k = _beliefs.Index(p, issue);
            if (low[k] > lo)
            {
                lo = low[k];
                loOwner = p;
            }

            if (high[k] < hi)
            {
                hi = high[k];
                hiOwner = p;
            }
        }

        return (lo, loOwner, hi, hiOwner);
    }
}
