using MathNet.Numerics.Distributions;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.MonteCarlo;

/// <summary>Draws one run's parameter values: the base values with every uncertain parameter sampled from its distribution.</summary>
public static class ParameterSampler
{
    public static double[] Sample(ParameterTable table, Random random)
    {
        ArgumentNullException.ThrowIfNull(table);
        var values = new double[table.Count];
        SampleInto(table, random, values);
        return values;
    }

    /// <summary>What <see cref="Sample"/> returns, written into <paramref name="values"/> (one per parameter; a thread's buffer, reused run after run).</summary>
    internal static void SampleInto(ParameterTable table, Random random, double[] values)
    {
        table.CopyBaseValuesTo(values);
        var uncertain = table.UncertainSpan;
        var uncertainties = table.Uncertainties;
        if (random is Xoshiro256StarStar own)
        {
            // Our own generator is sealed: a uniform draw calls it directly (inlined) with MathNet's
            // ContinuousUniform.Sample formula, lower + u × (upper − lower) (a test pins the two together).
            for (var k = 0; k < uncertain.Length; k++)
            {
                values[uncertain[k]] = uncertainties[k] is UniformUncertainty u ? Uniform(own, u) : Draw(uncertainties[k], random);
            }

            return;
        }

        for (var k = 0; k < uncertain.Length; k++)
        {
            values[uncertain[k]] = Draw(uncertainties[k], random);
        }
    }

    /// <summary>What <see cref="Draw"/> gives for a uniform uncertainty, drawn from our own generator.</summary>
    internal static double Uniform(Xoshiro256StarStar random, UniformUncertainty u) =>
        u.Max > u.Min ? u.Min + (random.NextDouble() * (u.Max - u.Min)) : u.Min;

    public static double Draw(Uncertainty uncertainty, Random random) => uncertainty switch
    {
        UniformUncertainty u => u.Max > u.Min ? ContinuousUniform.Sample(random, u.Min, u.Max) : u.Min,
        TriangularUncertainty t => t.Max > t.Min ? Triangular.Sample(random, t.Min, t.Max, Math.Clamp(t.Mode, t.Min, t.Max)) : t.Min,
        NormalUncertainty n => Math.Clamp(n.Sd > 0 ? Normal.Sample(random, n.Mean, n.Sd) : n.Mean, n.Min, n.Max),
        _ => throw new ArgumentOutOfRangeException(nameof(uncertainty), uncertainty, "unknown uncertainty kind"),
    };
}
