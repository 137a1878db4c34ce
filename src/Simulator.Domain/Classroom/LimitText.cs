using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>
/// A seat's limit, as a student reads it: the party's name, the issue's label and the value in the
/// issue's own words (<see cref="ScaleText.Of"/>), never the engine's ids ("Ukraine's red line on
/// Neutrality: at most 50 (membership shelved, no formal neutrality)", not "ukraine's red line is neutrality &lt;= 50").
/// </summary>
public static class LimitText
{
    /// <summary>The limit an objection states, or null for an objection that is not a limit (too little gain, a refusal in the person's words).</summary>
    public static string? Of(CompiledScenario s, Objection o, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(values);
        var party = s.Parties[o.Party].Name;
        var issue = o.BoundIssue >= 0 ? o.BoundIssue : o.Issue;
        return o.Kind switch
        {
            ObjectionKind.RedLine when issue >= 0 => $"{party}'s red line on {Label(s, issue)}: {Range(s.Scenario.Issues[issue], o.Min, o.Max)}",
            ObjectionKind.Mandate when issue >= 0 => $"{party}'s delegation may only agree {Label(s, issue)} {Range(s.Scenario.Issues[issue], o.Min, o.Max)}",
            ObjectionKind.Linkage when o.Linkage is { } l => $"{party} accepts {Condition(s, l.WhenIssue, l.WhenAtLeast, l.WhenAtMost, values)} only with {Condition(s, l.RequireIssue, l.RequireAtLeast, l.RequireAtMost, values)}, and this text does not give it",
            _ => null,
        };
    }

    /// <summary>The issues of the draft whose value lies beyond the seat's red line or mandate on that issue.</summary>
    public static IReadOnlyList<int> IssuesBeyond(CompiledScenario s, int party, IReadOnlyList<double> values, IEnumerable<TextItem> draft)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(draft);
        var p = s.Parties[party];
        bool Below(int index, double value) => index >= 0 && value < values[index] - BoundTolerance;
        bool Above(int index, double value) => index >= 0 && value > values[index] + BoundTolerance;
        return [.. draft
            .Where(t => Below(p.RedLineMin[t.Issue], t.Value) || Above(p.RedLineMax[t.Issue], t.Value)
                        || Below(p.MandateMin[t.Issue], t.Value) || Above(p.MandateMax[t.Issue], t.Value))
            .Select(t => t.Issue)];
    }

    /// <summary>How far past a bound a value must lie to cross it (the evaluator's own slack for equal values).</summary>
    private const double BoundTolerance = 1e-9;

    private static string Label(CompiledScenario s, int issue) => s.Scenario.Issues[issue].Label;

    private static string Range(Issue issue, double? min, double? max) => (min, max) switch
    {
        ({ } a, { } b) => $"between {ScaleText.Of(issue, a)} and {ScaleText.Of(issue, b)}",
        ({ } a, null) => $"at least {ScaleText.Of(issue, a)}",
        (null, { } b) => $"at most {ScaleText.Of(issue, b)}",
        _ => "(no bound)",
    };

    private static string Condition(CompiledScenario s, int issue, int atLeast, int atMost, IReadOnlyList<double> values)
    {
        var i = s.Scenario.Issues[issue];
        double? Bound(int index) => index >= 0 ? values[index] : null;
        return (atLeast, atMost) is (< 0, < 0) ? i.Label : $"{i.Label} {Range(i, Bound(atLeast), Bound(atMost))}";
    }
}
