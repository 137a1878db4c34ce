using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Builds <see cref="Blocker"/>s with stable keys and plain-language explanations. Every number that
/// comes from a parameter is written as its placeholder (<see cref="BlockerText.Parameter"/>), so a
/// run prints what it drew and an experiment prints the scenario's value and the sampled range.
/// </summary>
internal static class Blockers
{
    public static Blocker FromObjection(CompiledScenario s, Objection o, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(o);
        var party = s.Parties[o.Party].Id;
        var issue = IssueId(s, o.Issue);
        var bound = o.BoundIssue >= 0 ? o.BoundIssue : o.Issue;
        return o.Kind switch
        {
            ObjectionKind.RedLine => new Blocker(BlockerKind.RedLine, o.Party, () => $"redline:{party}.{issue}", () => $"{party}'s red line is {Constraint(s, values, o.Party, bound, issue, o.Min, o.Max)}", values),
            ObjectionKind.Mandate => new Blocker(BlockerKind.Mandate, o.Party, () => $"mandate:{party}.{issue}", () => $"{party}'s delegation may only agree {Constraint(s, values, o.Party, bound, issue, o.Min, o.Max)}", values),
            ObjectionKind.Linkage => Linkage(s, o.Party, o.Linkage!, values, () => "this text does not give it"),
            ObjectionKind.Declined => new Blocker(BlockerKind.InsufficientGain, o.Party, () => $"declined:{party}", () => $"{party} (played by a person) declined"),
            _ => new Blocker(BlockerKind.InsufficientGain, o.Party, () => $"gain:{party}", () => Gain(party, o.Needed, o.Gain)),
        };
    }

    /// <summary>The kind of blocker <see cref="FromObjection"/> makes of an objection of this kind.</summary>
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

    public static Blocker Linkage(CompiledScenario s, int party, CompiledLinkage linkage, IReadOnlyList<double> values, Func<string> why)
    {
        return new(BlockerKind.Linkage, party, () => $"linkage:{s.Parties[party].Id}.{linkage.Id}", () =>
        {
            var id = s.Parties[party].Id;
            var when = Condition(IssueId(s, linkage.WhenIssue), linkage.WhenAtLeast, linkage.WhenAtMost, values);
            var require = string.Join(linkage.AnyOf ? " or " : " and ", linkage.Requirements.Select(r => Condition(IssueId(s, r.Issue), r.AtLeast, r.AtMost, values)));
            return $"{id} accepts {when} only with {require}, and {why()}";
        }, values);
    }

    public static Blocker Bound(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, ObjectionKind kind, double bound, bool isMax)
    {
        ArgumentNullException.ThrowIfNull(s);
        var id = s.Parties[party].Id;
        var issueId = IssueId(s, issue);
        var side = isMax ? "at most" : "at least";
        return kind == ObjectionKind.Mandate
            ? new Blocker(BlockerKind.Mandate, party, () => $"mandate:{id}.{issueId}", () => $"{id}'s delegation may agree {side} {Figure(s, values, party, issue, isMax, bound)} on {issueId}, too close to the status quo to agree anything", values)
            : new Blocker(BlockerKind.RedLine, party, () => $"redline:{id}.{issueId}", () => $"{id}'s red line keeps {issueId} {side} {Figure(s, values, party, issue, isMax, bound)}, too close to the status quo to agree anything", values);
    }

    public static Blocker NoZone(CompiledScenario s, IReadOnlyList<double> values, int issue, int lowOwner, double low, int highOwner, double high)
    {
        ArgumentNullException.ThrowIfNull(s);
        var issueId = IssueId(s, issue);
        var a = s.Parties[lowOwner].Id;
        var b = s.Parties[highOwner].Id;
        var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        return new Blocker(BlockerKind.NoZone, lowOwner, () => $"nozone:{issueId}:{first}/{second}", () => $"no zone of agreement on {issueId}: {a} needs at least {Figure(s, values, lowOwner, issue, false, low)}, {b} at most {Figure(s, values, highOwner, issue, true, high)}", values);
    }

    /// <summary>
    /// Two principals turned the same item down in opposite directions: at the drafted value one
    /// wants more, the other less, so leaning towards either loses the other.
    /// </summary>
    public static Blocker Opposed(CompiledScenario s, IReadOnlyList<double> values, int issue, int wantsMore, int wantsLess, double drafted)
    {
        ArgumentNullException.ThrowIfNull(s);
        var issueId = IssueId(s, issue);
        var more = s.Parties[wantsMore].Id;
        var less = s.Parties[wantsLess].Id;
        var (first, second) = string.CompareOrdinal(more, less) <= 0 ? (more, less) : (less, more);
        var at = BlockerText.Number(drafted);
        return new Blocker(BlockerKind.Opposed, -1, () => $"opposed:{issueId}:{first}/{second}", () => $"on {issueId} {more} wants more than {at}, {less} less than {at}", values);
    }

    public static Blocker NoInterest(CompiledScenario s, int issue) =>
        new(BlockerKind.NoInterest, -1, () => $"nointerest:{IssueId(s, issue)}", () => $"the principals' positions on {IssueId(s, issue)} leave no change worth tabling");

    /// <summary>Alternating offers: a package was agreed but it leaves this issue where it was (same key as <see cref="NoInterest"/>).</summary>
    public static Blocker LeftOutOfPackage(CompiledScenario s, int issue) =>
        new(BlockerKind.NoInterest, -1, () => $"nointerest:{IssueId(s, issue)}", () => $"the package the principals agreed leaves {IssueId(s, issue)} at its status quo");

    public static Blocker Package(CompiledScenario s, int sunkBy) =>
        new(BlockerKind.Package, -1, () => $"package:{IssueId(s, sunkBy)}", () => $"the agenda is all-or-nothing and {IssueId(s, sunkBy)} could not be agreed, so nothing could");

    /// <summary>
    /// A party's bound on an issue as a placeholder for the red-line or mandate parameter it equals
    /// (the mediator's learned bounds are those parameters' values), or as a plain number.
    /// </summary>
    public static string Figure(CompiledScenario s, IReadOnlyList<double> values, int party, int issue, bool isMax, double value)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(values);
        if (party >= 0 && issue >= 0)
        {
            var p = s.Parties[party];
            foreach (var index in isMax ? new[] { p.RedLineMax[issue], p.MandateMax[issue] } : [p.RedLineMin[issue], p.MandateMin[issue]])
            {
                if (index >= 0 && Math.Abs(values[index] - value) < 1e-9)
                {
                    return BlockerText.Parameter(index, value);
                }
            }
        }

        return BlockerText.Number(value);
    }

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
