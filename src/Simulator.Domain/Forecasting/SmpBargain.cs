namespace Simulator.Domain.Forecasting;

/// <summary>
/// The bargain an initiator proposes to its target: the position each side would adopt
/// (0..100 scale, rounded to 1e-4 on the 0..1 scale as KTAB does).
/// </summary>
public sealed record SmpBargain(
    int Initiator,
    int Target,
    IReadOnlyList<double> InitiatorAdopts,
    IReadOnlyList<double> TargetAdopts);
