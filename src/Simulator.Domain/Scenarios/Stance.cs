namespace Simulator.Domain.Scenarios;

/// <summary>A party's ideal point, weight and red line on one issue.</summary>
public sealed record Stance(string IssueId, Parameter Position, Parameter Salience, RedLine? RedLine);

/// <summary>
/// The acceptable interval on an issue: an outcome outside [Min, Max] is unacceptable to the party
/// whatever its utility. Either bound may be open.
/// </summary>
public sealed record RedLine(Parameter? Min, Parameter? Max, Provenance? Source)
{
    public bool Allows(double value) =>
        (Min is null || value >= Min.Value - 1e-9) && (Max is null || value <= Max.Value + 1e-9);
}
