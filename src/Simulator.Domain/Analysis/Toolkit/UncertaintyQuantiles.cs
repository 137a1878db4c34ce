using MathNet.Numerics.Distributions;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>The q-quantile of a parameter's declared distribution (clamped normals included).</summary>
public static class UncertaintyQuantiles
{
    public static double At(Uncertainty uncertainty, double q)
    {
        ArgumentNullException.ThrowIfNull(uncertainty);
        ArgumentOutOfRangeException.ThrowIfLessThan(q, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 1);
        return uncertainty switch
        {
            UniformUncertainty u => u.Min + (q * (u.Max - u.Min)),
            TriangularUncertainty t => t.Max > t.Min ? Triangular.InvCDF(t.Min, t.Max, Math.Clamp(t.Mode, t.Min, t.Max), q) : t.Min,
            NormalUncertainty n => Math.Clamp(n.Sd > 0 && q is > 0 and < 1 ? Normal.InvCDF(n.Mean, n.Sd, q) : Extreme(n, q), n.Min, n.Max),
            _ => throw new ArgumentOutOfRangeException(nameof(uncertainty), uncertainty, "unknown uncertainty kind"),
        };
    }

    private static double Extreme(NormalUncertainty n, double q) => n.Sd <= 0 ? n.Mean : q <= 0 ? n.Min : n.Max;
}
