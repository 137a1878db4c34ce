namespace Simulator.Domain.Scenarios;

/// <summary>
/// A conditional red line across issues: the party accepts an outcome in which <see cref="When"/>
/// holds only if <see cref="Require"/> holds too ("a ceasefire only if Ukraine withdraws").
/// </summary>
public sealed record Linkage(string Id, string? Description, IssueCondition When, IssueCondition Require, Provenance? Source)
{
    public IEnumerable<Parameter> AllParameters()
    {
        foreach (var c in new[] { When, Require })
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

/// <summary>A condition on an issue's outcome value (the status quo when it is not agreed).</summary>
public sealed record IssueCondition(string IssueId, Parameter? AtLeast, Parameter? AtMost)
{
    public bool HoldsFor(double value) =>
        (AtLeast is null || value >= AtLeast.Value - 1e-9) && (AtMost is null || value <= AtMost.Value + 1e-9);
}
