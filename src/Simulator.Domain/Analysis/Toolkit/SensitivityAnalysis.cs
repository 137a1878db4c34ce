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
                effects.Add(Effect(issues[i].Id, low, high, i, [.. bins.Select(r => ((long)r.Issues[i].AgreedRuns, (long)r.Runs))], SplitMix64.RunSeed(baseline.Seed, (parameters.Count * issues.Count) + i)));
            }

            var (min, max) = parameter.Uncertainty!.Support;
            parameters.Add(new ParameterSensitivity(parameter.Path, parameter.Value, min, max, ParameterDiff.Describe(parameter.Uncertainty), parameter.Source, effects));
            at += count;
        }

        var drivers = new List<IssueDrivers>();
        for (var i = 0; i < issues.Count; i++)
        {
            var k = i;
            var ranked = Rank(parameters, k)
                .Where(p => p.Effects[k].BeyondNoise)
                .Take(topDrivers)
                .Select((p, r) =>
                {
                    var e = p.Effects[k];
                    return new Driver(r + 1, p.Path, e.FirstOrderIndex, e.Swing, p.Source, e.IndexInterval, e.SwingInterval, e.AtLow, e.AtHigh, e.AtLowInterval, e.AtHighInterval);
                })
                .ToList();
            var note = ranked.Count == 0
                ? $"No uncertain parameter moves this outcome beyond noise ({baseline.Runs:N0} runs per probe)."
                : null;
            drivers.Add(new IssueDrivers(issues[i].Id, issues[i].Label, issues[i].AgreedProbability, ranked, note));
        }

        return new SensitivityReport(baseline.Scenario, baseline.Runs, baseline.Seed, plan.Bins, Measure, parameters, drivers, Intervals);
    }

    /// <summary>How the intervals are made, as the report states it.</summary>
    public const string Intervals =
        "95% intervals: P(agreed) at each end of a range, Wilson; swing, Newcombe's hybrid score interval for a difference of two proportions; Sobol index, " + IndexBootstrap.Method +
        ". A parameter moves an outcome beyond noise when its swing's interval excludes 0 or its index's interval lies above 0.";

    /// <summary>The one order of an issue's drivers, for the table and the chart alike: index, then size of swing, then path.</summary>
    public static IEnumerable<ParameterSensitivity> Rank(IEnumerable<ParameterSensitivity> parameters, int issue) =>
        parameters
            .OrderByDescending(p => p.Effects[issue].FirstOrderIndex)
            .ThenByDescending(p => Math.Abs(p.Effects[issue].Swing))
            .ThenBy(p => p.Path, StringComparer.Ordinal);

    private static IssueEffect Effect(string issue, ExperimentResult lowResult, ExperimentResult highResult, int i, (long Agreed, long Runs)[] bins, ulong seed)
    {
        var low = lowResult.Issues[i];
        var high = highResult.Issues[i];
        var (lowLow, lowHigh) = WilsonInterval.Of(low.AgreedRuns, lowResult.Runs);
        var (highLow, highHigh) = WilsonInterval.Of(high.AgreedRuns, highResult.Runs);
        var atLow = new IntervalEstimate(lowLow, lowHigh);
        var atHigh = new IntervalEstimate(highLow, highHigh);
        var swing = TwoProportionTest.Compare(low.AgreedRuns, lowResult.Runs, high.AgreedRuns, highResult.Runs);
        var swingInterval = new IntervalEstimate(swing.Low, swing.High);
        var index = FirstOrderIndex.Estimate(bins);
        var indexInterval = IndexBootstrap.Interval(bins, seed);
        var beyond = swingInterval.Excludes(0) || indexInterval.Low > 0;
        return new IssueEffect(issue, low.AgreedProbability, high.AgreedProbability, high.AgreedProbability - low.AgreedProbability, index, atLow, atHigh, swingInterval, indexInterval, beyond);
    }
}
