namespace Simulator.Domain.Scenarios;

/// <summary>A condition on an issue's outcome value (the status quo when it is not agreed).</summary>
public sealed record IssueCondition(string IssueId, Parameter? AtLeast, Parameter? AtMost)
{
    public bool HoldsFor(double value) =>
        (AtLeast is null || value >= AtLeast.Value - 1e-9) && (AtMost is null || value <= AtMost.Value + 1e-9);

    /// <summary>How far a value lies outside the condition (0 when it holds).</summary>
    public double Excess(double value) =>
        (AtLeast is { } a ? Math.Max(0, a.Value - value) : 0) + (AtMost is { } b ? Math.Max(0, value - b.Value) : 0);
}
