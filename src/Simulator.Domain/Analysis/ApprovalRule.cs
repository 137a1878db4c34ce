namespace Simulator.Domain.Analysis;

/// <summary>
/// A weighted approval rule: a coalition carries a decision when its members' weights reach the
/// quota and it includes every party whose endorsement is required (a weighted voting game
/// [quota; w₁, …, wₙ] with veto players).
/// </summary>
public sealed record ApprovalRule(double Quota, IReadOnlyList<double> Weights, IReadOnlyList<int> RequiredPlayers)
{
    /// <summary>A plain weighted voting game [quota; weights] with no required endorsements.</summary>
    public static ApprovalRule WeightedMajority(double quota, IReadOnlyList<double> weights) => new(quota, weights, []);

    public int PlayerCount => Weights.Count;

    public bool IsWinning(int coalition)
    {
        foreach (var required in RequiredPlayers)
        {
            if ((coalition & (1 << required)) == 0)
            {
                return false;
            }
        }

        var total = 0.0;
        for (var i = 0; i < Weights.Count; i++)
        {
            if ((coalition & (1 << i)) != 0)
            {
                total += Weights[i];
            }
        }

        return total >= Quota - 1e-9;
    }

    /// <summary>The simple game: a winning coalition is worth 1, a losing one 0.</summary>
    public CoalitionGame AsGame() => new(PlayerCount, c => IsWinning(c) ? 1.0 : 0.0);

    /// <summary>Shapley–Shubik index: the share of voting orders in which a party is pivotal.</summary>
    public IReadOnlyList<double> ShapleyShubik() => ShapleyValue.Of(AsGame());

    /// <summary>
    /// Normalised Banzhaf index: a party's swings (winning coalitions that lose without it) divided
    /// by all parties' swings. A different index from Shapley–Shubik; both are reported.
    /// </summary>
    public IReadOnlyList<double> NormalisedBanzhaf()
    {
        var game = AsGame();
        var swings = new long[PlayerCount];
        for (var coalition = 1; coalition <= game.GrandCoalition; coalition++)
        {
            if (!IsWinning(coalition))
            {
                continue;
            }

            for (var i = 0; i < PlayerCount; i++)
            {
                if ((coalition & (1 << i)) != 0 && !IsWinning(coalition & ~(1 << i)))
                {
                    swings[i]++;
                }
            }
        }

        var total = swings.Sum();
        return swings.Select(s => total == 0 ? 0.0 : (double)s / total).ToArray();
    }

    /// <summary>How many coalitions are winning (useful to explain a rule: unanimity has exactly one).</summary>
    public int WinningCoalitionCount()
    {
        var count = 0;
        for (var coalition = 1; coalition < 1 << PlayerCount; coalition++)
        {
            count += IsWinning(coalition) ? 1 : 0;
        }

        return count;
    }
}
