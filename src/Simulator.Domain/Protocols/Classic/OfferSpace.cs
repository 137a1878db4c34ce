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
        return BestUtility(party, (_, candidate) => allowed(candidate));
    }

    /// <summary>As <see cref="BestUtility(int, Func{TOffer, bool})"/>, <paramref name="allowed"/> also told the candidate's position in <see cref="Candidates"/> (so it may remember its answer).</summary>
    public double BestUtility(int party, Func<int, TOffer, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var best = double.NegativeInfinity;
        for (var k = 0; k < Candidates.Count; k++)
        {
            if (allowed(k, Candidates[k]))
            {
                best = Math.Max(best, Utility(party, Candidates[k]));
            }
        }

        return best;
    }

    /// <summary>As <see cref="ProposalFor(int, double)"/>, among the offers <paramref name="allowed"/> lets the party make (its own best allowed one when none reaches the target).</summary>
    public TOffer ProposalFor(int party, double target, Func<TOffer, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return ProposalFor(party, target, (_, candidate) => allowed(candidate));
    }

    /// <summary>As <see cref="ProposalFor(int, double, Func{TOffer, bool})"/>, <paramref name="allowed"/> also told the candidate's position in <see cref="Candidates"/>.</summary>
    public TOffer ProposalFor(int party, double target, Func<int, TOffer, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        TOffer? best = default;
        var found = false;
        var bestOthers = double.NegativeInfinity;
        var bestOwn = double.NegativeInfinity;
        for (var k = 0; k < Candidates.Count; k++)
        {
            var candidate = Candidates[k];
            if (!allowed(k, candidate))
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

        return found ? best! : Candidates.Where((c, k) => allowed(k, c)).DefaultIfEmpty(Candidates[0]).MaxBy(c => Utility(party, c))!;
    }
}
