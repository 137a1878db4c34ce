using System.Globalization;

namespace Simulator.Domain.Engine;

/// <summary>Builds <see cref="Blocker"/>s with stable keys and plain-language explanations.</summary>
public static class Blockers
{
    public static Blocker FromObjection(CompiledScenario s, Objection o, IReadOnlyList<double> values)
    {
        var party = s.Parties[o.Party].Id;
        var issue = IssueId(s, o.Issue);
        return o.Kind switch
        {
            ObjectionKind.RedLine => new Blocker(BlockerKind.RedLine, o.Party, () => $"redline:{party}.{issue}", () => $"{party}'s red line is {Constraint(issue, o.Min, o.Max)}"),
            ObjectionKind.Mandate => new Blocker(BlockerKind.Mandate, o.Party, () => $"mandate:{party}.{issue}", () => $"{party}'s delegation may only agree {Constraint(issue, o.Min, o.Max)}"),
            ObjectionKind.Linkage => Linkage(s, o.Party, o.Linkage!, values, () => "this text does not give it"),
            ObjectionKind.Declined => new Blocker(BlockerKind.InsufficientGain, o.Party, () => $"declined:{party}", () => $"{party} (played by a person) declined"),
            _ => new Blocker(BlockerKind.InsufficientGain, o.Party, () => $"gain:{party}", () => $"{party} wanted {Percent(o.Needed)} of its possible gain and was offered {Percent(Math.Max(o.Gain, -1))}"),
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

    public static Blocker Linkage(CompiledScenario s, int party, CompiledLinkage linkage, IReadOnlyList<double> values, Func<string> why) =>
        new(BlockerKind.Linkage, party, () => $"linkage:{s.Parties[party].Id}.{linkage.Id}", () =>
        {
            var id = s.Parties[party].Id;
            var when = Condition(IssueId(s, linkage.WhenIssue), linkage.WhenAtLeast, linkage.WhenAtMost, values);
            var require = Condition(IssueId(s, linkage.RequireIssue), linkage.RequireAtLeast, linkage.RequireAtMost, values);
            return $"{id} accepts {when} only with {require}, and {why()}";
        });

    public static Blocker Bound(CompiledScenario s, int party, int issue, ObjectionKind kind, double bound, bool isMax)
    {
        var id = s.Parties[party].Id;
        var issueId = IssueId(s, issue);
        var side = isMax ? "at most" : "at least";
        return kind == ObjectionKind.Mandate
            ? new Blocker(BlockerKind.Mandate, party, () => $"mandate:{id}.{issueId}", () => $"{id}'s delegation may agree {side} {Num(bound)} on {issueId}, too close to the status quo to agree anything")
            : new Blocker(BlockerKind.RedLine, party, () => $"redline:{id}.{issueId}", () => $"{id}'s red line keeps {issueId} {side} {Num(bound)}, too close to the status quo to agree anything");
    }

    public static Blocker NoZone(CompiledScenario s, int issue, int lowOwner, double low, int highOwner, double high)
    {
        var issueId = IssueId(s, issue);
        var a = s.Parties[lowOwner].Id;
        var b = s.Parties[highOwner].Id;
        var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        return new Blocker(BlockerKind.NoZone, lowOwner, () => $"nozone:{issueId}:{first}/{second}", () => $"no zone of agreement on {issueId}: {a} needs at least {Num(low)}, {b} at most {Num(high)}");
    }

    public static Blocker NoInterest(CompiledScenario s, int issue) =>
        new(BlockerKind.NoInterest, -1, () => $"nointerest:{IssueId(s, issue)}", () => $"the principals' positions on {IssueId(s, issue)} leave no change worth tabling");

    public static Blocker Package(CompiledScenario s, int sunkBy) =>
        new(BlockerKind.Package, -1, () => $"package:{IssueId(s, sunkBy)}", () => $"the agenda is all-or-nothing and {IssueId(s, sunkBy)} could not be agreed, so nothing could");

    private static string IssueId(CompiledScenario s, int issue) => issue >= 0 ? s.Scenario.Issues[issue].Id : "?";

    private static string Condition(string issue, int atLeast, int atMost, IReadOnlyList<double> values) =>
        (atLeast >= 0, atMost >= 0) switch
        {
            (true, true) => $"{issue} in [{Num(values[atLeast])}, {Num(values[atMost])}]",
            (true, false) => $"{issue} >= {Num(values[atLeast])}",
            (false, true) => $"{issue} <= {Num(values[atMost])}",
            _ => issue,
        };

    private static string Constraint(string issue, double? min, double? max) => (min, max) switch
    {
        ({ } a, { } b) => $"{issue} in [{Num(a)}, {Num(b)}]",
        ({ } a, null) => $"{issue} >= {Num(a)}",
        (null, { } b) => $"{issue} <= {Num(b)}",
        _ => $"{issue} (unbounded)",
    };

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
