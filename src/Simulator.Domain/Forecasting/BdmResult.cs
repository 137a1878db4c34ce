namespace Simulator.Domain.Forecasting;

/// <summary>A full run of the expected-utility model on one issue.</summary>
public sealed record BdmResult(IReadOnlyList<BdmActor> Actors, IReadOnlyList<BdmRound> Rounds)
{
    public BdmRound Final => Rounds[^1];
}
