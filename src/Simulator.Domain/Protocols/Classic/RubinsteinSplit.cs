namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// Subgame-perfect shares of a pie of size 1 in Rubinstein's (1982) alternating-offers game, where
/// each party discounts a delay of one offer by its own factor δ.
/// </summary>
public static class RubinsteinSplit
{
    /// <summary>
    /// The proposer's share with no deadline: (1 − δ_responder) / (1 − δ_proposer δ_responder).
    /// The more patient responder (larger δ) gets more.
    /// </summary>
    public static double InfiniteHorizonProposerShare(double proposerDelta, double responderDelta)
    {
        CheckDelta(proposerDelta);
        CheckDelta(responderDelta);
        return (1 - responderDelta) / (1 - (proposerDelta * responderDelta));
    }

    /// <summary>
    /// The proposer's share when at most <paramref name="offersLeft"/> offers remain (this one
    /// included) and whoever makes the last offer takes everything. Backward induction:
    /// V(1) = 1 and V(k) = 1 − δ_responder · V_responder(k − 1), the responder proposing next.
    /// With a common δ this is (1 − (−δ)^T)/(1 + δ).
    /// </summary>
    public static double FiniteHorizonProposerShare(double proposerDelta, double responderDelta, int offersLeft)
    {
        CheckDelta(proposerDelta);
        CheckDelta(responderDelta);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(offersLeft);
        // share[k]: the share of whoever proposes when k offers remain; proposers alternate.
        var share = 1.0;
        for (var k = 2; k <= offersLeft; k++)
        {
            // Who proposes with k offers left: the original proposer when (offersLeft − k) is even.
            var responderNow = (offersLeft - k) % 2 == 0 ? responderDelta : proposerDelta;
            share = 1 - (responderNow * share);
        }

        return share;
    }

    /// <summary>The limit of the proposer's share as the time between offers shrinks, with discount rates r: r_responder / (r_proposer + r_responder).</summary>
    public static double ContinuousTimeProposerShare(double proposerRate, double responderRate) =>
        responderRate / (proposerRate + responderRate);

    private static void CheckDelta(double delta)
    {
        if (delta is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "a discount factor must be in [0, 1).");
        }
    }
}
