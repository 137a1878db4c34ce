using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Calibration;

/// <summary>
/// A parameter calibration follows: its display path (prefixed with the round for a series), the
/// scenario parameter (value, source, prior) and the file whose overlay would change it.
/// </summary>
public sealed record CalibratedParameter(string Path, Parameter Parameter, string? Round = null, Provenance? EnclosingSource = null)
{
    /// <summary>The parameter's own source, else the one written on what holds it (its red line, linkage, influence or delegation).</summary>
    public Provenance? Source => Parameter.Source ?? EnclosingSource;

    public (double Min, double Max) Support => Parameter.Uncertainty!.Support;
}
