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
        for (var k = 0; k < uncertain.Length; k++)
        {
            values[uncertain[k]] = Draw(uncertainties[k], random);
        }
    }

    public static double Draw(Uncertainty uncertainty, Random random) => uncertainty switch
    {
        UniformUncertainty u => u.Max > u.Min ? ContinuousUniform.Sample(random, u.Min, u.Max) : u.Min,
        TriangularUncertainty t => t.Max > t.Min ? Triangular.Sample(random, t.Min, t.Max, Math.Clamp(t.Mode, t.Min, t.Max)) : t.Min,
        NormalUncertainty n => Math.Clamp(n.Sd > 0 ? Normal.Sample(random, n.Mean, n.Sd) : n.Mean, n.Min, n.Max),
        _ => throw new ArgumentOutOfRangeException(nameof(uncertainty), uncertainty, "unknown uncertainty kind"),
    };
}
