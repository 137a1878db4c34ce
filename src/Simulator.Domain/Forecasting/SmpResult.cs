namespace Simulator.Domain.Forecasting;

/// <summary>A full SMP run: every state (0 = input) and every turn between them.</summary>
public sealed record SmpResult(
    ForecastInput Input,
    IReadOnlyList<SmpState> States,
    IReadOnlyList<SmpTurn> Turns)
{
    public SmpState Final => States[^1];
}
