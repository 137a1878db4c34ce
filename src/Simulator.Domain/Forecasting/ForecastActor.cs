namespace Simulator.Domain.Forecasting;

/// <summary>
/// One actor as the forecasting models see it: a capability and, per issue, a position and a
/// salience, both on the 0–100 scale (the models divide by 100 internally).
/// </summary>
public sealed record ForecastActor(
    string Name,
    string Description,
    double Capability,
    IReadOnlyList<double> Positions,
    IReadOnlyList<double> Saliences);
