using System.Numerics;

namespace Simulator.Domain.Analysis;

/// <summary>
/// The Shapley value (1953): each player's marginal contribution v(S ∪ {i}) − v(S) averaged over
/// all orders in which the grand coalition can form. Efficient by construction: Σφᵢ = v(N). On a
/// simple (win/lose) game it is the Shapley–Shubik power index.
/// </summary>
public static class ShapleyValue
{
    public static IReadOnlyList<double> Of(CoalitionGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var n = game.PlayerCount;
        var factorial = new double[n + 1];
        factorial[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        var values = new double[n];
        for (var coalition = 0; coalition <= game.GrandCoalition; coalition++)
        {
            var size = BitOperations.PopCount((uint)coalition);
            if (size == n)
            {
                continue;
            }

            // Probability that exactly this coalition precedes a given outsider in a random order.
            var orderWeight = factorial[size] * factorial[n - size - 1] / factorial[n];
            var before = game.Worth(coalition);
            for (var i = 0; i < n; i++)
            {
                if ((coalition & (1 << i)) == 0)
                {
                    values[i] += orderWeight * (game.Worth(coalition | (1 << i)) - before);
                }
            }
        }

        return values;
    }
}
