namespace Simulator.Contracts.Experiments;

/// <summary>Holds the parameter at <see cref="Path"/> (a `--set` path) at <see cref="Value"/> in every run.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ParameterOverride")]
public sealed record ParameterOverrideDto([property: Id(0)] string Path, [property: Id(1)] double Value);
