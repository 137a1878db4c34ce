namespace Simulator.Domain.Analysis;

/// <summary>
/// A point on a two-party frontier: the curve parameter <see cref="T"/> (for a pie or an issue, the
/// share or value that produces the point) and both parties' utilities there.
/// </summary>
public sealed record FrontierPoint(double T, double U1, double U2);
