namespace Simulator.Domain.Scenarios;

/// <summary>
/// Something that happens at a given minute of the talks (a statement, a threat, sanctions) and
/// changes parameters from then on.
/// </summary>
public sealed record TimelineEvent(double AtMinute, string Description, IReadOnlyList<ParameterChange> Changes, Provenance? Source);

/// <summary>Sets the parameter at <see cref="Path"/> (as in `--set`) to <see cref="Value"/>.</summary>
public sealed record ParameterChange(string Path, double Value);
