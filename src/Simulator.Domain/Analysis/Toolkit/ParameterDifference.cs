namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>A parameter whose value or uncertainty differs between two scenarios (null: absent from that scenario).</summary>
public sealed record ParameterDifference(string Path, double? ValueA, double? ValueB, string? UncertaintyA, string? UncertaintyB);
