namespace Simulator.Domain.Scenarios;

/// <summary>
/// A conditional red line across issues: the party accepts an outcome in which <see cref="When"/>
/// holds only if its <see cref="Requirements"/> hold too, all of them ("a ceasefire only if Ukraine
/// withdraws") or, for <see cref="LinkageMode.AnyOf"/>, at least one ("a ceasefire only with a
/// withdrawal or a package of limits").
/// </summary>
public sealed record Linkage(
    string Id,
    string? Description,
    IssueCondition When,
    IReadOnlyList<IssueCondition> Requirements,
    LinkageMode Mode,
    Provenance? Source)
{
    /// <summary>A linkage with one requirement (the form `require:` writes).</summary>
    public Linkage(string id, string? description, IssueCondition when, IssueCondition require, Provenance? source)
        : this(id, description, when, new List<IssueCondition> { require }, LinkageMode.AllOf, source)
    {
    }

    /// <summary>The first requirement: the only one of a linkage written with `require:`.</summary>
    public IssueCondition Require => Requirements[0];

    public bool IsAnyOf => Mode == LinkageMode.AnyOf && Requirements.Count > 1;

    /// <summary>Whether the requirements hold for an outcome, given each issue's value by id.</summary>
    public bool RequirementsHold(Func<string, double> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return IsAnyOf
            ? Requirements.Any(r => r.HoldsFor(valueOf(r.IssueId)))
            : Requirements.All(r => r.HoldsFor(valueOf(r.IssueId)));
    }

    public IEnumerable<Parameter> AllParameters()
    {
        foreach (var c in Requirements.Prepend(When))
        {
            if (c.AtLeast is { } a)
            {
                yield return a;
            }

            if (c.AtMost is { } b)
            {
                yield return b;
            }
        }
    }
}
