namespace Simulator.Contracts.Sessions;

/// <summary>One of a party's parameters: its path, current value, whether the analyst tuned it, and where the scenario's value came from.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ParameterView")]
public sealed record ParameterView(
    [property: Id(0)] string Path,
    [property: Id(1)] double Value,
    [property: Id(2)] bool Tuned,
    [property: Id(3)] string? Quote,
    [property: Id(4)] string? Where,
    [property: Id(5)] double? Confidence);
