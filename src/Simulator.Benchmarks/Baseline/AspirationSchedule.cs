using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Faratin, Sierra and Jennings' (1998) polynomial time-dependent tactic in utility space: the share
/// of the possible gain a party insists on falls from 1 at the start to its floor at the deadline,
/// a(τ) = floor + (1 − floor)(1 − τ^(1/β)). β &lt; 1 is Boulware (holds firm until late), β = 1 linear,
/// β &gt; 1 Conceder (gives ground early). With floor 0.4 this reproduces the utility-space table in
/// THEORY.md (β plays the role of the exponent e there).
/// </summary>
internal static class AspirationSchedule
{
    public static double At(double tau, double beta, double floor)
    {
        var t = Math.Clamp(tau, 0.0, 1.0);
        var b = Math.Max(beta, 1e-6);
        return floor + ((1.0 - floor) * (1.0 - Math.Pow(t, 1.0 / b)));
    }
}
