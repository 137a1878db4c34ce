using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One uncertain parameter: its declared range, where it came from, and its effect on each agenda issue.</summary>
public sealed record ParameterSensitivity(
    string Path,
    double Value,
    double Min,
    double Max,
    string? Uncertainty,
    Provenance? Source,
    IReadOnlyList<IssueEffect> Effects);
