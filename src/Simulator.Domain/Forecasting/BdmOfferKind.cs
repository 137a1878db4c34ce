namespace Simulator.Domain.Forecasting;

/// <summary>How a receiver responds to the offer it accepts in a round.</summary>
public enum BdmOfferKind
{
    /// <summary>Both expect to win, the proposer more: the receiver loses the confrontation and moves all the way.</summary>
    Confrontation,

    /// <summary>The receiver expects to lose, less than the proposer expects to gain: it meets the proposer part way.</summary>
    Compromise,

    /// <summary>The receiver expects to lose more than the proposer gains: it gives in and moves all the way.</summary>
    Capitulation,
}
