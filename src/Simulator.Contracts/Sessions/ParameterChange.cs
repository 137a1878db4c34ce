namespace Simulator.Contracts.Sessions;

/// <summary>Set the parameter at <see cref="Path"/> (a scenario path, as `--set` takes) to <see cref="Value"/>.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ParameterChange")]
public sealed record ParameterChange([property: Id(0)] string Path, [property: Id(1)] double Value);
