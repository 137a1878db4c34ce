using System.Globalization;

namespace Simulator.Domain.Engine;

/// <summary>
/// Builds <see cref="Blocker"/>s with stable keys and plain-language explanations. Every number that
/// comes from a parameter is written as its placeholder (<see cref="BlockerText.Parameter"/>), so a
/// run prints what it drew and an experiment prints the scenario's value and the sampled range.
/// A factory only records a <see cref="BlockerRecipe"/>; <see cref="RenderKey"/> and
/// <see cref="RenderTemplate"/> write the text when it is asked for, and
/// <see cref="CollectParameters"/> names the template's parameters without writing it (the two
/// must agree: a test checks them against each other).
/// </summary>
public static class Blockers
{
    private const string ObjectedLinkageWhy = "this text does not give it";

    public static Blocker FromObjection(CompiledScenario s, Objection o, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(s);
        return NoteOf(RoundObjection.From(s, o), o.Issue).ToBlocker(s, values);
    }

    /// <summary>What <see cref="FromObjection"/> makes of <paramref name="o"/> as an objection about <paramref name="issue"/> (its own, or the item it was raised on alone), as a note.</summary>
    internal static BlockerNote NoteOf(in RoundObjection o, int issue)
    {
        var bound = o.BoundIssue >= 0 ? o.BoundIssue : issue;
        return o.Kind switch
        {
            // Party, Issue (named in the key and text), BoundIssue (whose red line or mandate the bounds are), Min, Max.
            ObjectionKind.RedLine => new(new BlockerRecipe(BlockerForm.RedLineObjection, o.Party, issue, bound, Min: o.MinOrNull, Max: o.MaxOrNull)),
            ObjectionKind.Mandate => new(new BlockerRecipe(BlockerForm.MandateObjection, o.Party, issue, bound, Min: o.MinOrNull, Max: o.MaxOrNull)),

            // Party, Linkage.
            ObjectionKind.Linkage => new(new BlockerRecipe(BlockerForm.ObjectedLinkage, o.Party, Linkage: o.Linkage)),
            ObjectionKind.Declined => new(new BlockerRecipe(BlockerForm.Declined, o.Party)),

            // Party, Bound (the share needed), Offered.
            _ => new(new BlockerRecipe(BlockerForm.InsufficientGain, o.Party, Bound: o.Needed, Offered: o.Gain)),
        };
    }

    /// <summary>The kind of blocker <see cref="FromObjection"/> makes of an objection of this kind.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static BlockerKind KindOf(ObjectionKind kind) => kind switch
    {
        ObjectionKind.RedLine => BlockerKind.RedLine,
        ObjectionKind.Mandate => BlockerKind.Mandate,
        ObjectionKind.Linkage => BlockerKind.Linkage,
        _ => BlockerKind.InsufficientGain,
    };

    /// <summary>
    /// Why a party turned a text down for too little gain, in words that cannot show an impossible
    /// share: an offer below what no deal gives it is "worse off than no deal", not "−83%".
    /// </summary>
    public static string Gain(string party, double needed, double offered) =>
        offered < 0
            ? $"{party} wanted {Percent(needed)} of its possible gain, and the offer left it worse off than no deal"
            : $"{party} wanted {Percent(needed)} of its possible gain and was offered {Percent(Math.Min(offered, 1))}";

    /// <summary>
    /// The mediator cannot meet <paramref name="party"/>'s linkage: the required issue
    /// <paramref name="requireIssue"/> is not open, or the principals' known bounds on it
    /// (<paramref name="low"/> held by <paramref name="lowOwner"/>, <paramref name="high"/> by
    /// <paramref name="highOwner"/>) leave no room at or above <paramref name="requiredLow"/>.
    /// </summary>
    public static Blocker UnmetLinkage(CompiledScenario s, IReadOnlyList<double> values, int party, CompiledLinkage linkage, int requireIssue, bool requireOpen, double requiredLow, double low, int lowOwner, double high, int highOwner)
    {
        ArgumentNullException.ThrowIfNull(s);
        return UnmetLinkageNote(party, s.LinkageIndex(linkage), requireIssue, requireOpen, requiredLow, low, lowOwner, high, highOwner).ToBlocker(s, values);
    }

    internal static BlockerNote UnmetLinkageNote(int party, int linkage, int requireIssue, bool requireOpen, double requiredLow, double low, int lowOwner, double high, int highOwner) =>
        new(new BlockerRecipe(BlockerForm.UnmetLinkage, party, requireIssue, LowOwner: lowOwner, HighOwner: highOwner, Linkage: linkage, Min: low, Max: high, Bound: requiredLow, RequireOpen: requireOpen));

    public static Blocker Bound(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, ObjectionKind kind, double bound, bool isMax)
    {
        ArgumentNullException.ThrowIfNull(s);
        return BoundNote(party, issue, kind, bound, isMax).ToBlocker(s, values);
    }

    internal static BlockerNote BoundNote(int party, int issue, ObjectionKind kind, double bound, bool isMax) =>
        kind == ObjectionKind.Mandate
            ? new(new BlockerRecipe(BlockerForm.MandateBound, party, issue, Bound: bound, IsMax: isMax))
            : new(new BlockerRecipe(BlockerForm.RedLineBound, party, issue, Bound: bound, IsMax: isMax));

    public static Blocker NoZone(CompiledScenario s, IReadOnlyList<double> values, int issue, int lowOwner, double low, int highOwner, double high)
    {
        ArgumentNullException.ThrowIfNull(s);
        return NoZoneNote(issue, lowOwner, low, highOwner, high).ToBlocker(s, values);
    }

    internal static BlockerNote NoZoneNote(int issue, int lowOwner, double low, int highOwner, double high) =>
        new(new BlockerRecipe(BlockerForm.NoZone, Issue: issue, LowOwner: lowOwner, HighOwner: highOwner, Min: low, Max: high));

    public static Blocker NoInterest(CompiledScenario s, int issue) => NoInterestNote(issue).ToBlocker(s, []);

    internal static BlockerNote NoInterestNote(int issue) =>
        new(new BlockerRecipe(BlockerForm.NoInterest, Issue: issue));

    /// <summary>
    /// Two principals turned the same item down in opposite directions: at the drafted value one
    /// wants more, the other less, so leaning towards either loses the other.
    /// </summary>
    public static Blocker Opposed(CompiledScenario s, IReadOnlyList<double> values, int issue, int wantsMore, int wantsLess, double drafted)
    {
        ArgumentNullException.ThrowIfNull(s);
        return OpposedNote(issue, wantsMore, wantsLess, drafted).ToBlocker(s, values);
    }

    // Issue, LowOwner (wants more), HighOwner (wants less), Bound (the drafted value).
    internal static BlockerNote OpposedNote(int issue, int wantsMore, int wantsLess, double drafted) =>
        new(new BlockerRecipe(BlockerForm.Opposed, Issue: issue, LowOwner: wantsMore, HighOwner: wantsLess, Bound: drafted));

    /// <summary>Alternating offers: a package was agreed but it leaves this issue where it was (same key as <see cref="NoInterest"/>).</summary>
    public static Blocker LeftOutOfPackage(CompiledScenario s, int issue) =>
        new(BlockerKind.NoInterest, -1, s, new BlockerRecipe(BlockerForm.LeftOutOfPackage, Issue: issue));

    public static Blocker Package(CompiledScenario s, int sunkBy) => PackageNote(sunkBy).ToBlocker(s, []);

    internal static BlockerNote PackageNote(int sunkBy) =>
        new(new BlockerRecipe(BlockerForm.Package, Issue: sunkBy));

    /// <summary>
    /// A party's bound on an issue as a placeholder for the red-line or mandate parameter it equals
    /// (the mediator's learned bounds are those parameters' values), or as a plain number.
    /// </summary>
    public static string Figure(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, bool isMax, double value)
    {
        var index = FigureParameter(s, values, party, issue, isMax, value);
        return index >= 0 ? BlockerText.Parameter(index, value) : BlockerText.Number(value);
    }

    internal static string RenderKey(CompiledScenario s, in BlockerRecipe r)
    {
        var party = r.Party >= 0 ? s.Parties[r.Party].Id : "?";
        var issue = IssueId(s, r.Issue);
        switch (r.Form)
        {
            case BlockerForm.RedLineObjection or BlockerForm.RedLineBound:
                return $"redline:{party}.{issue}";
            case BlockerForm.MandateObjection or BlockerForm.MandateBound:
                return $"mandate:{party}.{issue}";
            case BlockerForm.ObjectedLinkage or BlockerForm.UnmetLinkage:
                return $"linkage:{party}.{s.Linkages[r.Linkage].Id}";
            case BlockerForm.Declined:
                return $"declined:{party}";
            case BlockerForm.InsufficientGain:
                return $"gain:{party}";
            case BlockerForm.NoZone or BlockerForm.Opposed:
                var a = s.Parties[r.LowOwner].Id;
                var b = s.Parties[r.HighOwner].Id;
                var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
                return r.Form == BlockerForm.Opposed ? $"opposed:{issue}:{first}/{second}" : $"nozone:{issue}:{first}/{second}";
            case BlockerForm.NoInterest or BlockerForm.LeftOutOfPackage:
                return $"nointerest:{issue}";
            case BlockerForm.Package:
                return $"package:{issue}";
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Form, "a blocker given as text has its key already");
        }
    }

    internal static string RenderTemplate(CompiledScenario s, in BlockerRecipe r, IReadOnlyList<double> values)
    {
        var party = r.Party >= 0 ? s.Parties[r.Party].Id : "?";
        var issue = IssueId(s, r.Issue);
        switch (r.Form)
        {
            case BlockerForm.RedLineObjection:
                return $"{party}'s red line is {Constraint(s, values, r.Party, r.BoundIssue, issue, r.Min, r.Max)}";
            case BlockerForm.MandateObjection:
                return $"{party}'s delegation may only agree {Constraint(s, values, r.Party, r.BoundIssue, issue, r.Min, r.Max)}";
            case BlockerForm.ObjectedLinkage:
                return LinkageText(s, party, s.Linkages[r.Linkage], values, ObjectedLinkageWhy);
            case BlockerForm.UnmetLinkage:
                return LinkageText(s, party, s.Linkages[r.Linkage], values, UnmetWhy(s, values, r));
            case BlockerForm.Declined:
                return $"{party} (played by a person) declined";
            case BlockerForm.InsufficientGain:
                return Gain(party, r.Bound, r.Offered);
            case BlockerForm.MandateBound:
                return $"{party}'s delegation may agree {Side(r.IsMax)} {Figure(s, values, r.Party, r.Issue, r.IsMax, r.Bound)} on {issue}, too close to the status quo to agree anything";
            case BlockerForm.RedLineBound:
                return $"{party}'s red line keeps {issue} {Side(r.IsMax)} {Figure(s, values, r.Party, r.Issue, r.IsMax, r.Bound)}, too close to the status quo to agree anything";
            case BlockerForm.NoZone:
                return $"no zone of agreement on {issue}: {s.Parties[r.LowOwner].Id} needs at least {Figure(s, values, r.LowOwner, r.Issue, false, r.Min!.Value)}, {s.Parties[r.HighOwner].Id} at most {Figure(s, values, r.HighOwner, r.Issue, true, r.Max!.Value)}";
            case BlockerForm.Opposed:
                var at = BlockerText.Number(r.Bound);
                return $"on {issue} {s.Parties[r.LowOwner].Id} wants more than {at}, {s.Parties[r.HighOwner].Id} less than {at}";
            case BlockerForm.NoInterest:
                return $"the principals' positions on {issue} leave no change worth tabling";
            case BlockerForm.LeftOutOfPackage:
                return $"the package the principals agreed leaves {issue} at its status quo";
            case BlockerForm.Package:
                return $"the agenda is all-or-nothing and {issue} could not be agreed, so nothing could";
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Form, "a blocker given as text has its template already");
        }
    }

    /// <summary>The parameters <see cref="RenderTemplate"/> writes as placeholders, in order (a figure that is a plain number names none).</summary>
    internal static void CollectParameters(CompiledScenario s, in BlockerRecipe r, IReadOnlyList<double> values, List<int> into)
    {
        switch (r.Form)
        {
            case BlockerForm.RedLineObjection or BlockerForm.MandateObjection:
                if (r.Min is { } min)
                {
                    AddFigure(s, values, r.Party, r.BoundIssue, false, min, into);
                }

                if (r.Max is { } max)
                {
                    AddFigure(s, values, r.Party, r.BoundIssue, true, max, into);
                }

                break;
            case BlockerForm.ObjectedLinkage:
                AddConditions(s.Linkages[r.Linkage], into);
                break;
            case BlockerForm.UnmetLinkage:
                AddConditions(s.Linkages[r.Linkage], into);
                switch (UnmetReason(r))
                {
                    case UnmetLinkageReason.HighBound:
                        AddFigure(s, values, r.HighOwner, r.Issue, true, r.Max!.Value, into);
                        break;
                    case UnmetLinkageReason.LowBound:
                        AddFigure(s, values, r.LowOwner, r.Issue, false, r.Min!.Value, into);
                        break;
                }

                break;
            case BlockerForm.MandateBound or BlockerForm.RedLineBound:
                AddFigure(s, values, r.Party, r.Issue, r.IsMax, r.Bound, into);
                break;
            case BlockerForm.NoZone:
                AddFigure(s, values, r.LowOwner, r.Issue, false, r.Min!.Value, into);
                AddFigure(s, values, r.HighOwner, r.Issue, true, r.Max!.Value, into);
                break;
        }
    }

    /// <summary>The red-line or mandate parameter of the party on the issue that <paramref name="value"/> equals, or -1.</summary>
    private static int FigureParameter(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, bool isMax, double value)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(values);
        if (party < 0 || issue < 0)
        {
            return -1;
        }

        var p = s.Parties[party];
        var (first, second) = isMax ? (p.RedLineMax[issue], p.MandateMax[issue]) : (p.RedLineMin[issue], p.MandateMin[issue]);
        if (first >= 0 && Math.Abs(values[first] - value) < 1e-9)
        {
            return first;
        }

        return second >= 0 && Math.Abs(values[second] - value) < 1e-9 ? second : -1;
    }

    private static void AddFigure(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, bool isMax, double value, List<int> into)
    {
        var index = FigureParameter(s, values, party, issue, isMax, value);
        if (index >= 0)
        {
            into.Add(index);
        }
    }

    private static void AddConditions(CompiledLinkage linkage, List<int> into)
    {
        foreach (var index in (ReadOnlySpan<int>)[linkage.WhenAtLeast, linkage.WhenAtMost])
        {
            if (index >= 0)
            {
                into.Add(index);
            }
        }

        foreach (var requirement in linkage.Requirements)
        {
            foreach (var index in (ReadOnlySpan<int>)[requirement.AtLeast, requirement.AtMost])
            {
                if (index >= 0)
                {
                    into.Add(index);
                }
            }
        }
    }

    private static string LinkageText(CompiledScenario s, string party, CompiledLinkage linkage, IReadOnlyList<double> values, string why)
    {
        var when = Condition(IssueId(s, linkage.WhenIssue), linkage.WhenAtLeast, linkage.WhenAtMost, values);
        var require = string.Join(linkage.AnyOf ? " or " : " and ", linkage.Requirements.Select(r => Condition(IssueId(s, r.Issue), r.AtLeast, r.AtMost, values)));
        return $"{party} accepts {when} only with {require}, and {why}";
    }

    private enum UnmetLinkageReason
    {
        NotOpen,
        HighBound,
        LowBound,
        Unmeetable,
    }

    private static UnmetLinkageReason UnmetReason(in BlockerRecipe r) =>
        !r.RequireOpen ? UnmetLinkageReason.NotOpen
        : r.Bound > r.Max!.Value + 1e-9 && r.HighOwner >= 0 ? UnmetLinkageReason.HighBound
        : r.LowOwner >= 0 ? UnmetLinkageReason.LowBound
        : UnmetLinkageReason.Unmeetable;

    private static string UnmetWhy(CompiledScenario s, IReadOnlyList<double> values, in BlockerRecipe r)
    {
        var issue = IssueId(s, r.Issue);
        return UnmetReason(r) switch
        {
            UnmetLinkageReason.NotOpen => $"{issue} is not open on this agenda",
            UnmetLinkageReason.HighBound => $"{s.Parties[r.HighOwner].Id} will not go above {Figure(s, values, r.HighOwner, r.Issue, true, r.Max!.Value)} on {issue}",
            UnmetLinkageReason.LowBound => $"{s.Parties[r.LowOwner].Id} will not go below {Figure(s, values, r.LowOwner, r.Issue, false, r.Min!.Value)} on {issue}",
            _ => "the requirement cannot be met",
        };
    }

    private static string Side(bool isMax) => isMax ? "at most" : "at least";

    private static string IssueId(CompiledScenario s, int issue) => issue >= 0 ? s.Scenario.Issues[issue].Id : "?";

    private static string Condition(string issue, int atLeast, int atMost, IReadOnlyList<double> values) =>
        (atLeast >= 0, atMost >= 0) switch
        {
            (true, true) => $"{issue} in [{BlockerText.Parameter(atLeast, values[atLeast])}, {BlockerText.Parameter(atMost, values[atMost])}]",
            (true, false) => $"{issue} >= {BlockerText.Parameter(atLeast, values[atLeast])}",
            (false, true) => $"{issue} <= {BlockerText.Parameter(atMost, values[atMost])}",
            _ => issue,
        };

    private static string Constraint(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, string issueId, double? min, double? max) => (min, max) switch
    {
        ({ } a, { } b) => $"{issueId} in [{Figure(s, values, party, issue, false, a)}, {Figure(s, values, party, issue, true, b)}]",
        ({ } a, null) => $"{issueId} >= {Figure(s, values, party, issue, false, a)}",
        (null, { } b) => $"{issueId} <= {Figure(s, values, party, issue, true, b)}",
        _ => $"{issueId} (unbounded)",
    };

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
