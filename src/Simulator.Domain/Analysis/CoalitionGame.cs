namespace Simulator.Domain.Analysis;

/// <summary>
/// A game in characteristic-function form: the worth v(S) of every coalition S of the
/// <see cref="PlayerCount"/> players. Coalitions are bit masks (bit i set: player i is in).
/// </summary>
public sealed class CoalitionGame
{
    /// <summary>Exact computation enumerates all 2ⁿ coalitions, so n is kept small.</summary>
    public const int MaxPlayers = 20;

    private readonly Func<int, double> worth;

    public CoalitionGame(int playerCount, Func<int, double> worth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(playerCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(playerCount, MaxPlayers);
        PlayerCount = playerCount;
        this.worth = worth ?? throw new ArgumentNullException(nameof(worth));
    }

    public int PlayerCount { get; }

    /// <summary>The coalition of all players.</summary>
    public int GrandCoalition => (1 << PlayerCount) - 1;

    /// <summary>
    /// A game from explicit worths: each key lists the members' indices (zero-based); coalitions not
    /// listed are worth zero.
    /// </summary>
    public static CoalitionGame FromTable(int playerCount, IReadOnlyDictionary<int[], double> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var byMask = new Dictionary<int, double>();
        foreach (var (members, value) in table)
        {
            byMask[members.Aggregate(0, (mask, i) => mask | (1 << i))] = value;
        }

        return new CoalitionGame(playerCount, mask => byMask.GetValueOrDefault(mask));
    }

    public double Worth(int coalition) => coalition == 0 ? 0.0 : worth(coalition);
}
