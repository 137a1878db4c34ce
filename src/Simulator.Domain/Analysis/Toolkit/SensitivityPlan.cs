using Simulator.Domain.Engine;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// The experiments a sensitivity analysis needs: for every uncertain parameter, one at each end of
/// its declared range (one-at-a-time, the tornado) and one at the midpoint quantile of each of
/// <see cref="Bins"/> equal-probability bins (the first-order Sobol index).
/// </summary>
public sealed class SensitivityPlan
{
    public const int DefaultBins = 4;
    public const int MaxBins = 20;

    private SensitivityPlan(int bins, IReadOnlyList<SensitivityProbe> probes)
    {
        Bins = bins;
        Probes = probes;
    }

    public int Bins { get; }

    /// <summary>Grouped by parameter (in scenario order): low, high, then the bins in order.</summary>
    public IReadOnlyList<SensitivityProbe> Probes { get; }

    public static SensitivityPlan For(ParameterTable table, int bins = DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (bins is < 2 or > MaxBins)
        {
            throw new AnalysisInputException($"--bins must be between 2 and {MaxBins}; got {bins}");
        }

        var probes = new List<SensitivityProbe>();
        foreach (var index in table.UncertainIndices)
        {
            var parameter = table.Parameters[index];
            var uncertainty = parameter.Uncertainty!;
            var (min, max) = uncertainty.Support;
            if (!(max > min))
            {
                // A degenerate range is a fixed value: there is nothing to vary.
                continue;
            }

            probes.Add(new SensitivityProbe(parameter, ProbeKind.Low, -1, min));
            probes.Add(new SensitivityProbe(parameter, ProbeKind.High, -1, max));
            for (var b = 0; b < bins; b++)
            {
                probes.Add(new SensitivityProbe(parameter, ProbeKind.Bin, b, UncertaintyQuantiles.At(uncertainty, (b + 0.5) / bins)));
            }
        }

        return new SensitivityPlan(bins, probes);
    }
}
