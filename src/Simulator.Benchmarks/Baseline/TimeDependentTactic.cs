using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Faratin, Sierra and Jennings' (1998) time-dependent tactic. α(t) rises from κ at t = 0 to 1 at
/// the deadline; β is the one parameter that sets the attitude: β &lt; 1 Boulware (holds firm and
/// concedes late), β = 1 linear, β &gt; 1 Conceder (concedes early).
/// <para>
/// In utility space the tactic aims at target(t) = Pmin + (Pmax − Pmin)(1 − α(t)). With κ = 0 and the
/// polynomial family this is target = Pmin + (Pmax − Pmin)(1 − t^(1/e)) with e = β exactly, so the
/// "concession exponent e" some tools expose is our β (a tool using e = 0.2 for Boulware means
/// β = 0.2; one that raises time to a power 4 means β = 1/4).
/// </para>
/// </summary>
internal sealed record TimeDependentTactic(double Beta, double Kappa = 0.0, ConcessionCurve Curve = ConcessionCurve.Polynomial)
{
    /// <summary>α at time t with deadline tmax (time past the deadline counts as the deadline).</summary>
    public double Alpha(double t, double tMax)
    {
        if (Beta <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "β must be positive.");
        }

        var fraction = Math.Clamp(t / tMax, 0.0, 1.0);
        return Curve switch
        {
            ConcessionCurve.Polynomial => Kappa + ((1 - Kappa) * Math.Pow(fraction, 1 / Beta)),
            ConcessionCurve.Exponential when Kappa <= 0 =>
                throw new ArgumentOutOfRangeException(nameof(Kappa), Kappa, "the exponential family needs κ > 0 (it uses ln κ)."),
            ConcessionCurve.Exponential => Math.Exp(Math.Pow(1 - fraction, Beta) * Math.Log(Kappa)),
            _ => throw new ArgumentOutOfRangeException(nameof(Curve), Curve, "unknown curve"),
        };
    }

    /// <summary>A buyer's price offer: starts near <paramref name="min"/> and rises to <paramref name="max"/>.</summary>
    public double BuyerOffer(double min, double max, double t, double tMax) => min + (Alpha(t, tMax) * (max - min));

    /// <summary>A seller's price offer: starts near <paramref name="max"/> and falls to <paramref name="min"/>.</summary>
    public double SellerOffer(double min, double max, double t, double tMax) => min + ((1 - Alpha(t, tMax)) * (max - min));

    /// <summary>The utility an agent aims for at time t: from <paramref name="pMax"/> down to <paramref name="pMin"/> at the deadline.</summary>
    public double UtilityTarget(double t, double tMax, double pMin, double pMax) => pMin + ((pMax - pMin) * (1 - Alpha(t, tMax)));
}
