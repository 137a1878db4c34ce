using Simulator.Domain.Engine;

namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// A principal trading scenario packages in alternating offers without reading minds: it knows its
/// own red lines, mandate and linkages and the others' stated positions, but another party's limits
/// only once that party has stated them. Turning a package down on a limit, it says which (the
/// reasons go on <see cref="MediatorBeliefs"/> shared by the table, as the mediator's beliefs learn
/// from rejections); it proposes, along its Faratin curve, only packages its own limits and the limits
/// it has heard allow, and accepts a package its limits allow that meets its current target.
/// </summary>
public sealed class ScenarioOfferAgent : IOfferAgent<double[]>
{
    private readonly CompiledScenario _s;
    private readonly IReadOnlyList<double> _values;
    private readonly int _seat;
    private readonly int _party;
    private readonly OfferSpace<double[]> _space;
    private readonly TimeDependentTactic _tactic;
    private readonly double[] _statusQuo;
    private readonly MediatorBeliefs _heard;
    private readonly double _floor;
    private readonly double _noDeal;
    private readonly Func<int, double[], bool> _mayOffer;

    // Per candidate package, whether this party's own limits allow it (0 not yet asked, 1 yes, -1
    // no): they do not change during the talks, and every turn asks about every candidate.
    private readonly sbyte[] _ownLimitsAllow;
    private double _reservation;
    private double _best;
    private double _heardKey = double.NaN;

    /// <param name="floor">The share of the gain over no deal the party will not go below.</param>
    public ScenarioOfferAgent(CompiledScenario scenario, IReadOnlyList<double> values, int seat, OfferSpace<double[]> space, TimeDependentTactic tactic, double floor, double[] statusQuo, MediatorBeliefs heard)
    {
        _s = scenario ?? throw new ArgumentNullException(nameof(scenario));
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _space = space ?? throw new ArgumentNullException(nameof(space));
        _tactic = tactic ?? throw new ArgumentNullException(nameof(tactic));
        _statusQuo = statusQuo ?? throw new ArgumentNullException(nameof(statusQuo));
        _heard = heard ?? throw new ArgumentNullException(nameof(heard));
        _seat = seat;
        _party = scenario.Principals[seat];
        _floor = floor;
        _noDeal = space.Utility(seat, statusQuo);
        _mayOffer = MayOfferAt;
        _ownLimitsAllow = new sbyte[space.Candidates.Count];
    }

    /// <summary>
    /// The utility it aims at now: its Faratin curve from the best package it may still offer (its own
    /// limits and those it has heard) towards its floor share of that package's gain over no deal, so
    /// a limit heard lowers what it hopes for.
    /// </summary>
    public double Target(NegotiationClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var key = HeardKey();
        if (!key.Equals(_heardKey))
        {
            _heardKey = key;
            _best = _space.BestUtility(_seat, _mayOffer);
            _reservation = _noDeal + (_floor * (_best - _noDeal));
        }

        return _tactic.UtilityTarget(clock.Fraction, 1.0, _reservation, _best);
    }

    public double[] Propose(NegotiationClock clock) => _space.ProposalFor(_seat, Target(clock), _mayOffer);

    public bool Accepts(double[] offer, NegotiationClock clock)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var objections = ScenarioPackages.Objections(_s, _values, _party, offer, _statusQuo);
        if (objections.Count > 0)
        {
            // Said at the table, so every party hears it.
            foreach (var objection in objections)
            {
                _heard.Learn(objection);
            }

            return false;
        }

        return _space.Utility(_seat, offer) >= Target(clock) - 1e-12;
    }

    public void Observe(double[] offer, int proposer, NegotiationClock clock)
    {
        // Time-dependent: only the clock and what was said at the table move it.
    }

    /// <summary>What this party may offer: its own limits allow it and it breaks no limit another party has stated.</summary>
    public bool MayOffer(double[] offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return OwnLimitsAllow(offer) && !BreaksStatedLimit(offer);
    }

    /// <summary><see cref="MayOffer"/> of candidate <paramref name="k"/>, its own limits' answer remembered.</summary>
    private bool MayOfferAt(int k, double[] offer)
    {
        if (_ownLimitsAllow[k] == 0)
        {
            _ownLimitsAllow[k] = OwnLimitsAllow(offer) ? (sbyte)1 : (sbyte)-1;
        }

        return _ownLimitsAllow[k] > 0 && !BreaksStatedLimit(offer);
    }

    // Changes whenever a limit is heard (bounds only narrow, linkages are only added).
    private double HeardKey()
    {
        double key = _heard.Linkages.Count * 1000.0;
        for (var k = 0; k < _heard.Low.Length; k++)
        {
            key += _heard.Low[k] - _heard.High[k];
        }

        return key;
    }

    private bool OwnLimitsAllow(double[] offer) => ScenarioPackages.AllowedBy(_s, _values, _party, offer, _statusQuo);

    private bool BreaksStatedLimit(double[] offer)
    {
        foreach (var q in _s.Principals)
        {
            if (q == _party)
            {
                continue;
            }

            foreach (var i in _s.Agenda)
            {
                var k = _heard.Index(q, i);
                if (ScenarioPackages.Agreed(offer, _statusQuo, i) && (offer[i] < _heard.Low[k] - 1e-9 || offer[i] > _heard.High[k] + 1e-9))
                {
                    return true;
                }
            }
        }

        var values = _values as double[] ?? [.. _values];
        foreach (var (q, link) in _heard.Linkages)
        {
            if (q != _party && ScenarioPackages.Touches(link, offer, _statusQuo) && link.Triggered(offer, values) && !link.RequirementsHold(offer, values))
            {
                return true;
            }
        }

        return false;
    }
}
