using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Turns the results of a <see cref="SensitivityPlan"/>'s experiments into effects and ranked drivers.</summary>
public static class SensitivityAnalysis
{
    public const string Measure =
        "first-order Sobol index S = Var(E[agreed | X]) / Var(agreed), from equal-probability bins of X with all other parameters sampled";

    public static SensitivityReport Compute(SensitivityPlan plan, IReadOnlyList<ExperimentResult> probeResults, ExperimentResult baseline, int topDrivers = 5)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(probeResults);
        ArgumentNullException.ThrowIfNull(baseline);
        if (probeResults.Count != plan.Probes.Count)
        {
            throw new ArgumentException($"expected {plan.Probes.Count} probe results, got {probeResults.Count}", nameof(probeResults));
        }

        var issues = baseline.Issues;
        var parameters = new List<ParameterSensitivity>();
        var at = 0;
        while (at < plan.Probes.Count)
        {
            var parameter = plan.Probes[at].Parameter;
            var count = 0;
            while (at + count < plan.Probes.Count && ReferenceEquals(plan.Probes[at + count].Parameter, parameter))
            {
                count++;
            }

            var probes = plan.Probes.Skip(at).Take(count).ToList();
            var results = probeResults.Skip(at).Take(count).ToList();
            var low = results[probes.FindIndex(p => p.Kind == ProbeKind.Low)];
            var high = results[probes.FindIndex(p => p.Kind == ProbeKind.High)];
            var bins = Enumerable.Range(0, count).Where(k => probes[k].Kind == ProbeKind.Bin).Select(k => results[k]).ToList();
            var effects = new List<IssueEffect>();
            for (var i = 0; i < issues.Count; i++)
            {
                var pLow = low.Issues[i].AgreedProbability;
                var pHigh = high.Issues[i].AgreedProbability;
                var index = FirstOrderIndex.Estimate([.. bins.Select(r => ((long)r.Issues[i].AgreedRuns, (long)r.Runs))]);
                effects.Add(new IssueEffect(issues[i].Id, pLow, pHigh, pHigh - pLow, index));
            }

            var (min, max) = parameter.Uncertainty!.Support;
            parameters.Add(new ParameterSensitivity(parameter.Path, parameter.Value, min, max, ParameterDiff.Describe(parameter.Uncertainty), parameter.Source, effects));
            at += count;
        }

        var drivers = new List<IssueDrivers>();
        for (var i = 0; i < issues.Count; i++)
        {
            var k = i;
            var ranked = parameters
                .OrderByDescending(p => p.Effects[k].FirstOrderIndex)
                .ThenByDescending(p => Math.Abs(p.Effects[k].Swing))
                .ThenBy(p => p.Path, StringComparer.Ordinal)
                .Take(topDrivers)
                .Select((p, r) => new Driver(r + 1, p.Path, p.Effects[k].FirstOrderIndex, p.Effects[k].Swing, p.Source))
                .ToList();
            drivers.Add(new IssueDrivers(issues[i].Id, issues[i].Label, issues[i].AgreedProbability, ranked));
        }

        return new SensitivityReport(baseline.Scenario, baseline.Runs, baseline.Seed, plan.Bins, Measure, parameters, drivers);
    }
}
