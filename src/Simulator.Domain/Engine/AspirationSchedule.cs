namespace Simulator.Domain.Engine;

/// <summary>
/// Faratin, Sierra and Jennings' (1998) polynomial time-dependent tactic in utility space: the share
/// of the possible gain a party insists on falls from 1 at the start to its floor at the deadline,
/// a(τ) = floor + (1 − floor)(1 − τ^(1/β)). β &lt; 1 is Boulware (holds firm until late), β = 1 linear,
/// β &gt; 1 Conceder (gives ground early). With floor 0.4 this reproduces the utility-space table in
/// THEORY.md (β plays the role of the exponent e there).
/// </summary>
public static class AspirationSchedule
{
    public static double At(double tau, double beta, double floor)
    {
        var t = Math.Clamp(tau, 0.0, 1.0);
        var b = Math.Max(beta, 1e-6);

        // At the start (τ = ±0) Math.Pow(t, y) is ±0 for every exponent y > 0 (IEEE 754 pow), and
        // 1 − (±0) is 1: the same number without the call (a NaN or zero exponent still calls it).
        var y = 1.0 / b;
        var concession = t == 0 && y > 0 ? 0.0 : Math.Pow(t, y);
        return floor + ((1.0 - floor) * (1.0 - concession));
    }
}
