using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Calibration;

/// <summary>
/// A parameter calibration follows: its display path (prefixed with the round for a series), the
/// scenario parameter (value, source, prior) and the file whose overlay would change it.
/// </summary>
public sealed record CalibratedParameter(string Path, Parameter Parameter, string? Round = null)
{
    public (double Min, double Max) Support => Parameter.Uncertainty!.Support;
}
