using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// A party's concession parameters after outside influence and risk attitude are applied:
/// the floor of its aspiration and its concession β.
/// </summary>
/// <remarks>
/// Each influence from q on p with strength k acts in proportion to q's share of their combined
/// capability, w = c_q / (c_q + c_p). Pressure lowers p's floor by k·w/2 and multiplies β by
/// (1 + k·w) (faster concessions); alignment does the opposite. Risk attitude r ∈ [−1, 1] (−1
/// risk-averse, +1 risk-acceptant, as the schema and the seed define it) scales the floor by
/// (1 + 0.3 r): a risk-averse party (r &lt; 0) fears breakdown and settles for less; a
/// risk-acceptant one would rather risk no deal and holds out for more.
/// </remarks>
public readonly record struct EffectiveStance(double Floor, double Beta)
{
    public const double RiskWeight = 0.3;

    public static EffectiveStance[] Compute(CompiledScenario scenario, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var result = new EffectiveStance[scenario.Parties.Length];
        ComputeInto(scenario, values, result);
        return result;
    }

    /// <summary>What <see cref="Compute"/> returns, written into <paramref name="result"/> (one per party; the Monte Carlo path reuses it).</summary>
    internal static void ComputeInto(CompiledScenario scenario, ReadOnlySpan<double> values, Span<EffectiveStance> result)
    {
        const int OnStack = 32;
        var parties = scenario.Parties;
        Span<double> floors = parties.Length <= OnStack ? stackalloc double[OnStack] : new double[parties.Length];
        Span<double> betas = parties.Length <= OnStack ? stackalloc double[OnStack] : new double[parties.Length];
        for (var p = 0; p < parties.Length; p++)
        {
            floors[p] = values[parties[p].Reservation];
            betas[p] = values[parties[p].Beta];
        }

        for (var q = 0; q < parties.Length; q++)
        {
            foreach (var influence in parties[q].Influences)
            {
                var p = influence.Target;
                var cq = Math.Max(values[parties[q].Capability], 0);
                var cp = Math.Max(values[parties[p].Capability], 0);
                var w = cq + cp > 0 ? cq / (cq + cp) : 0.5;
                var k = values[influence.Strength] * w;
                if (influence.Kind == InfluenceKind.Pressure)
                {
                    floors[p] -= k / 2;
                    betas[p] *= 1 + k;
                }
                else
                {
                    floors[p] += k / 2;
                    betas[p] /= 1 + k;
                }
            }
        }

        for (var p = 0; p < parties.Length; p++)
        {
            var risk = Math.Clamp(values[parties[p].RiskAttitude], -1, 1);
            var floor = Math.Clamp(floors[p] * (1 + (RiskWeight * risk)), 0, 0.98);
            result[p] = new EffectiveStance(floor, Math.Clamp(betas[p], 0.05, 20));
        }
    }
}
