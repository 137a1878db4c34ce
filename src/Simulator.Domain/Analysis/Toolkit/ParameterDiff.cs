using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>The parameters that differ between two compiled scenarios, in A's order, then those only B has.</summary>
public static class ParameterDiff
{
    public static IReadOnlyList<ParameterDifference> Between(ParameterTable a, ParameterTable b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var differences = new List<ParameterDifference>();
        foreach (var pa in a.Parameters)
        {
            var index = b.IndexOf(pa.Path);
            if (index < 0)
            {
                differences.Add(new ParameterDifference(pa.Path, pa.Value, null, Describe(pa.Uncertainty), null));
                continue;
            }

            var pb = b.Parameters[index];
            // Exact comparison on purpose: any edit to a parameter, however small, is a difference worth listing.
            if (!pa.Value.Equals(pb.Value) || !Equals(pa.Uncertainty, pb.Uncertainty))
            {
                differences.Add(new ParameterDifference(pa.Path, pa.Value, pb.Value, Describe(pa.Uncertainty), Describe(pb.Uncertainty)));
            }
        }

        foreach (var pb in b.Parameters.Where(p => a.IndexOf(p.Path) < 0))
        {
            differences.Add(new ParameterDifference(pb.Path, null, pb.Value, null, Describe(pb.Uncertainty)));
        }

        return differences;
    }

    /// <summary>A short text form of an uncertainty, e.g. "uniform [25, 45]".</summary>
    public static string? Describe(Uncertainty? uncertainty) => uncertainty switch
    {
        null => null,
        UniformUncertainty u => $"uniform [{F(u.Min)}, {F(u.Max)}]",
        TriangularUncertainty t => $"triangular [{F(t.Min)}, {F(t.Mode)}, {F(t.Max)}]",
        NormalUncertainty n => $"normal({F(n.Mean)}, {F(n.Sd)}) in [{F(n.Min)}, {F(n.Max)}]",
        _ => uncertainty.ToString(),
    };

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
