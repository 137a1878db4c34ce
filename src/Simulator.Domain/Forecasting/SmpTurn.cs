namespace Simulator.Domain.Forecasting;

/// <summary>
/// What happened in one turn (from state <see cref="FromState"/> to the next): each actor's
/// position strength and risk attitude, the best targets, the bargains proposed and which
/// bargain each actor adopted (−1: it kept its position).
/// </summary>
public sealed record SmpTurn(
    int FromState,
    IReadOnlyList<double> PositionStrength,
    IReadOnlyList<double> RiskAttitudes,
    IReadOnlyList<SmpTarget> Targets,
    IReadOnlyList<SmpBargain> Bargains,
    IReadOnlyList<int> AdoptedBargain);
