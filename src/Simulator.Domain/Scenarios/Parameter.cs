namespace Simulator.Domain.Scenarios;

/// <summary>
/// A numeric scenario parameter: its value, where it is in the scenario (<see cref="Path"/>, the
/// same path `--set` and timeline events use), where it came from, how sure we are, and the
/// uncertainty Monte Carlo samples from (none: it is held fixed).
/// </summary>
public sealed record Parameter(
    string Path,
    double Value,
    Provenance? Source = null,
    double? Confidence = null,
    Uncertainty? Uncertainty = null)
{
    public bool IsUncertain => Uncertainty is not null;

    public static Parameter Fixed(string path, double value) => new(path, value);
}

/// <summary>Where a parameter came from: a short quote and its location, or a stated judgment.</summary>
public sealed record Provenance(string? Quote, string? Where, string? Note);
