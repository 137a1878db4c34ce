namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// Zeuthen's (1930) monotonic concession between two parties over a grid of outcomes 0..n−1.
/// Each party's willingness to risk conflict is riskᵢ = (uᵢ(own offer) − uᵢ(other's offer)) /
/// (uᵢ(own offer) − dᵢ), or 1 when its own offer is worth only dᵢ. The party with the smaller risk
/// concedes, by the fewest grid steps that make the other party the one with the smaller risk;
/// on a tie both concede one step. It ends when one offer gives the other party at least what its own
/// offer gives it. Harsanyi (1956) showed the end point is the Nash bargaining solution.
/// </summary>
public sealed class ZeuthenNegotiation
{
    private readonly int gridSize;
    private readonly Func<int, double> u1;
    private readonly Func<int, double> u2;
    private readonly double d1;
    private readonly double d2;

    /// <param name="gridSize">Number of outcomes; party 1 prefers higher indices, party 2 lower ones.</param>
    public ZeuthenNegotiation(int gridSize, Func<int, double> u1, Func<int, double> u2, double d1 = 0, double d2 = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gridSize, 2);
        this.gridSize = gridSize;
        this.u1 = u1 ?? throw new ArgumentNullException(nameof(u1));
        this.u2 = u2 ?? throw new ArgumentNullException(nameof(u2));
        this.d1 = d1;
        this.d2 = d2;
    }

    /// <summary>Party 1's willingness to risk conflict when the standing offers are (x1, x2).</summary>
    public double Risk1(int x1, int x2) => Risk(u1(x1), u1(x2), d1);

    /// <summary>Party 2's willingness to risk conflict when the standing offers are (x1, x2).</summary>
    public double Risk2(int x1, int x2) => Risk(u2(x2), u2(x1), d2);

    /// <summary>Runs from the opening offers (party 1 asks for <paramref name="start1"/>, party 2 for <paramref name="start2"/>).</summary>
    public ZeuthenResult Run(int start1, int start2)
    {
        var (x1, x2) = (start1, start2);
        var history = new List<(int, int)> { (x1, x2) };
        // Every round moves at least one offer one step towards the other, so the gap closes in at
        // most gridSize rounds; the bound is a guard, not a tuning knob.
        for (var round = 0; round <= gridSize; round++)
        {
            if (u1(x2) >= u1(x1) - 1e-12)
            {
                return new ZeuthenResult(x2, round, history);
            }

            if (u2(x1) >= u2(x2) - 1e-12)
            {
                return new ZeuthenResult(x1, round, history);
            }

            var r1 = Risk1(x1, x2);
            var r2 = Risk2(x1, x2);
            if (Math.Abs(r1 - r2) <= 1e-12)
            {
                (x1, x2) = (x1 - 1, x2 + 1);
            }
            else if (r1 < r2)
            {
                x1 = ConcessionOf1(x1, x2);
            }
            else
            {
                x2 = ConcessionOf2(x1, x2);
            }

            history.Add((x1, x2));
        }

        return new ZeuthenResult(null, gridSize + 1, history);
    }

    private static double Risk(double own, double other, double disagreement) =>
        own - disagreement <= 1e-12 ? 1.0 : (own - other) / (own - disagreement);

    // Party 1 moves down (towards party 2's offer) until party 2 has the smaller risk, or meets it.
    private int ConcessionOf1(int x1, int x2)
    {
        for (var candidate = x1 - 1; candidate > x2; candidate--)
        {
            if (Risk1(candidate, x2) > Risk2(candidate, x2))
            {
                return candidate;
            }
        }

        return x2;
    }

    private int ConcessionOf2(int x1, int x2)
    {
        for (var candidate = x2 + 1; candidate < x1; candidate++)
        {
            if (Risk2(x1, candidate) > Risk1(x1, candidate))
            {
                return candidate;
            }
        }

        return x1;
    }
}
