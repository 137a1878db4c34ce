namespace Simulator.Contracts.Experiments;

/// <summary>How many runs fell under a name (an end reason, an outcome pattern).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.NamedCount")]
public sealed record NamedCountDto([property: Id(0)] string Key, [property: Id(1)] int Count);
