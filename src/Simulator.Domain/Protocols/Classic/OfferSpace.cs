namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// A finite set of offers every party can evaluate: a pie on a grid, or packages of issue values.
/// Strategies that think in utility pick concrete offers from here.
/// </summary>
public sealed class OfferSpace<TOffer>
    where TOffer : notnull
{
    private readonly IReadOnlyList<Func<TOffer, double>> utilities;

    public OfferSpace(IReadOnlyList<TOffer> candidates, IReadOnlyList<Func<TOffer, double>> utilities)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(utilities);
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        Candidates = candidates;
        this.utilities = utilities;
    }

    public IReadOnlyList<TOffer> Candidates { get; }

    public int PartyCount => utilities.Count;

    public double Utility(int party, TOffer offer) => utilities[party](offer);

    /// <summary>The best utility a party can get from any offer.</summary>
    public double BestUtility(int party) => Candidates.Max(c => Utility(party, c));

    /// <summary>
    /// The offer a party makes when it wants at least <paramref name="target"/>: among the offers
    /// that give it that much, the one whose worst-off other party does best (the offer most likely
    /// to be accepted), then the one it likes most, then the first listed. Its own best offer when
    /// nothing reaches the target.
    /// </summary>
    public TOffer ProposalFor(int party, double target) => ProposalFor(party, target, static _ => true);

    /// <summary>The best utility a party can get from an offer <paramref name="allowed"/> lets it make.</summary>
    public double BestUtility(int party, Func<TOffer, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var best = double.NegativeInfinity;
        foreach (var candidate in Candidates)
        {
            if (allowed(candidate))
            {
                best = Math.Max(best, Utility(party, candidate));
            }
        }

        return best;
    }

    /// <summary>As <see cref="ProposalFor(int, double)"/>, among the offers <paramref name="allowed"/> lets the party make (its own best allowed one when none reaches the target).</summary>
    public TOffer ProposalFor(int party, double target, Func<TOffer, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        TOffer? best = default;
        var found = false;
        var bestOthers = double.NegativeInfinity;
        var bestOwn = double.NegativeInfinity;
        foreach (var candidate in Candidates)
        {
            if (!allowed(candidate))
            {
                continue;
            }

            var own = Utility(party, candidate);
            if (own < target - 1e-12)
            {
                continue;
            }

            var others = double.PositiveInfinity;
            for (var j = 0; j < PartyCount; j++)
            {
                if (j != party)
                {
                    others = Math.Min(others, Utility(j, candidate));
                }
            }

            if (!found || others > bestOthers + 1e-12 || (Math.Abs(others - bestOthers) <= 1e-12 && own > bestOwn + 1e-12))
            {
                (best, bestOthers, bestOwn, found) = (candidate, others, own, true);
            }
        }

        return found ? best! : Candidates.Where(allowed).DefaultIfEmpty(Candidates[0]).MaxBy(c => Utility(party, c))!;
    }
}
