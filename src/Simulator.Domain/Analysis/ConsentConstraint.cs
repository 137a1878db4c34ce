using System.Globalization;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis;

/// <summary>
/// One bound a consenting party puts on an agreement, the unit the red-line diagnosis relaxes.
/// Red lines and mandates bind an issue only when it is agreed (an issue left at its status quo is
/// not something the party signs); a linkage's requirement binds when either of its issues is agreed
/// and its trigger holds, with unagreed issues at their status quo. An any-of linkage is one
/// constraint over its <see cref="Alternatives"/>: it is kept when one of them holds, and relaxing
/// it moves the alternative that is nearest to holding (its IssueId, IsMinimum and Bound are the
/// first alternative's, for display).
/// </summary>
public sealed record ConsentConstraint(
    ConsentConstraintKind Kind,
    string PartyId,
    string IssueId,
    bool IsMinimum,
    double Bound,
    Linkage? Linkage = null,
    IReadOnlyList<IssueCondition>? Alternatives = null)
{
    /// <summary>A stable key, e.g. <c>redline:ukraine.territory.max</c> or <c>linkage:russia.ceasefire_needs_withdrawal.min</c>.</summary>
    public string Key => Kind switch
    {
        ConsentConstraintKind.Linkage => $"linkage:{PartyId}.{Linkage!.Id}.{(Alternatives is null ? Side : "any")}",
        ConsentConstraintKind.Mandate => $"mandate:{PartyId}.{IssueId}.{Side}",
        _ => $"redline:{PartyId}.{IssueId}.{Side}",
    };

    private string Side => IsMinimum ? "min" : "max";

    /// <summary>How far a value lies beyond the bound (0 when it respects it).</summary>
    public double Excess(double value) => IsMinimum ? Math.Max(0, Bound - value) : Math.Max(0, value - Bound);

    /// <summary>The bound in plain words: "ukraine's red line: territory &lt;= 40".</summary>
    public string Describe()
    {
        var bound = Alternatives is { } any
            ? string.Join(" or ", any.Select(Condition))
            : $"{IssueId} {(IsMinimum ? ">=" : "<=")} {Format(Bound)}";
        return Kind switch
        {
            ConsentConstraintKind.Linkage => $"{PartyId} requires {bound} with {Condition(Linkage!.When)} (linkage {Linkage.Id})",
            ConsentConstraintKind.Mandate => $"{PartyId}'s delegation may only agree {bound}",
            _ => $"{PartyId}'s red line is {bound}",
        };
    }

    internal static string Condition(IssueCondition condition) => (condition.AtLeast, condition.AtMost) switch
    {
        ({ } a, { } b) => $"{condition.IssueId} in [{Format(a.Value)}, {Format(b.Value)}]",
        ({ } a, null) => $"{condition.IssueId} >= {Format(a.Value)}",
        (null, { } b) => $"{condition.IssueId} <= {Format(b.Value)}",
        _ => condition.IssueId,
    };

    internal static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
