namespace Simulator.Contracts.Experiments;

/// <summary>How many runs agreed an issue at one value (in hundredths of a scale point).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ValueCount")]
public sealed record ValueCountDto([property: Id(0)] long Key, [property: Id(1)] int Count);
