using MathNet.Numerics.Distributions;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>Draws one run's parameter values: the base values with every uncertain parameter sampled from its distribution.</summary>
internal static class ParameterSampler
{
    public static double[] Sample(ParameterTable table, Random random)
    {
        ArgumentNullException.ThrowIfNull(table);
        var values = table.CopyBaseValues();
        foreach (var i in table.UncertainIndices)
        {
            values[i] = Draw(table.Parameters[i].Uncertainty!, random);
        }

        return values;
    }

    public static double Draw(Uncertainty uncertainty, Random random) => uncertainty switch
    {
        UniformUncertainty u => u.Max > u.Min ? ContinuousUniform.Sample(random, u.Min, u.Max) : u.Min,
        TriangularUncertainty t => t.Max > t.Min ? Triangular.Sample(random, t.Min, t.Max, Math.Clamp(t.Mode, t.Min, t.Max)) : t.Min,
        NormalUncertainty n => Math.Clamp(n.Sd > 0 ? Normal.Sample(random, n.Mean, n.Sd) : n.Mean, n.Min, n.Max),
        _ => throw new ArgumentOutOfRangeException(nameof(uncertainty), uncertainty, "unknown uncertainty kind"),
    };
}
