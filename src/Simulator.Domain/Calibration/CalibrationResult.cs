using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Calibration;

/// <summary>
/// The outcome of a rejection calibration: how many runs reproduced the record (with a 95% Wilson
/// interval), how often each record item was reproduced on its own, and every followed parameter's
/// prior and posterior, ranked by how far the record moved it.
/// </summary>
public sealed record CalibrationResult(
    string Scenario,
    string Title,
    long Runs,
    ulong Seed,
    long Accepted,
    double AcceptanceLow,
    double AcceptanceHigh,
    IReadOnlyList<RecordMatch> Record,
    IReadOnlyList<ParameterPosterior> Parameters)
{
    /// <summary>Below this many accepted runs a posterior is mostly noise (the KS distance chance reaches is about 0.1).</summary>
    public const int DefaultMinAccepted = 200;

    /// <summary>Below this acceptance rate the record sits in a corner of the prior: worth a warning.</summary>
    public const double LowAcceptanceRate = 0.01;

    /// <summary>The 95% critical value of the Kolmogorov–Smirnov statistic, c(0.05).</summary>
    private const double KsCritical95 = 1.358;

    public double AcceptanceRate => Runs == 0 ? 0 : (double)Accepted / Runs;

    public static CalibrationResult From(ICalibrationModel model, CalibrationAccumulator accumulator, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(accumulator);
        var chance = ChanceDistance(accumulator.Runs, accumulator.Accepted);
        var parameters = new List<ParameterPosterior>();
        for (var p = 0; p < model.Parameters.Count; p++)
        {
            var prior = accumulator.Prior[p];
            var posterior = accumulator.Posterior[p];
            var priorSummary = DistributionSummary.Of(prior);
            var postSummary = DistributionSummary.Of(posterior);
            var shift = posterior.Count == 0 ? double.NaN : postSummary.Mean - priorSummary.Mean;
            parameters.Add(new ParameterPosterior(
                model.Parameters[p],
                priorSummary,
                postSummary,
                shift,
                priorSummary.StandardDeviation > 0 ? shift / priorSummary.StandardDeviation : 0,
                posterior.Count == 0 ? 0 : ValueSketch.Distance(prior, posterior),
                chance,
                prior.Min,
                prior.Max,
                prior.Coarse(ParameterPosterior.HistogramBins),
                posterior.Coarse(ParameterPosterior.HistogramBins)));
        }

        var (low, high) = WilsonInterval.Of(accumulator.Accepted, accumulator.Runs);
        return new CalibrationResult(
            model.Id,
            model.Title,
            accumulator.Runs,
            seed,
            accumulator.Accepted,
            low,
            high,
            [.. model.Record.Select((item, k) => new RecordMatch(item, accumulator.ItemMatches[k], accumulator.Runs == 0 ? 0 : (double)accumulator.ItemMatches[k] / accumulator.Runs))],
            [.. parameters.OrderByDescending(p => p.Distance).ThenByDescending(p => Math.Abs(p.StandardShift)).ThenBy(p => p.Path, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The KS distance between the posterior and the prior that chance alone reaches 5% of the time
    /// when the accepted runs are a random subset of the runs (finite-population correction).
    /// </summary>
    public static double ChanceDistance(long runs, long accepted) =>
        accepted <= 0 ? double.NaN : KsCritical95 * Math.Sqrt(Math.Max(0, runs - accepted) / ((double)runs * accepted));

    /// <summary>Throws a message saying what to do when no run, or too few runs to trust, matched the record.</summary>
    public void EnsureTrustworthy(int minAccepted)
    {
        var hardest = Record.MinBy(r => r.Rate);
        if (Accepted == 0)
        {
            throw new AnalysisInputException(Invariant(
                $"no run reproduced the record: 0 of {Runs:N0} runs matched every item (the hardest, {hardest?.Item.Label}, in {Pct(hardest?.Rate ?? 0, 1)} of runs). Try more runs (--runs {Suggest(Runs * 10):N0}), a wider --tolerance, or fewer recorded issues; if no number of runs helps, the model cannot produce this record and the scenario's structure (red lines, linkages, mandates) is where to look."));
        }

        if (Accepted < minAccepted)
        {
            var needed = Suggest((long)Math.Ceiling(minAccepted / AcceptanceRate * 1.1));
            throw new AnalysisInputException(Invariant(
                $"too few accepted runs to trust: {Accepted:N0} of {Runs:N0} runs ({Pct(AcceptanceRate, 2)}) matched the record, and a posterior from {Accepted:N0} draws is mostly noise (chance alone moves a distribution by up to {ChanceDistance(Runs, Accepted):0.00} in KS distance). Run about {needed:N0} runs (--runs {needed}) for {minAccepted} accepted, widen --tolerance, or lower --min-accepted (at your own risk)."));
        }
    }

    /// <summary>Cautions that do not stop the calibration.</summary>
    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        if (Accepted > 0 && AcceptanceRate < LowAcceptanceRate)
        {
            warnings.Add(Invariant($"only {Pct(AcceptanceRate, 2)} of runs reproduce the record: the declared ranges put little weight where the record lies, so the posterior mostly says which corner of them fits; question the ranges or the model's structure before trusting the shifts."));
        }

        return warnings;
    }

    /// <summary>A share as people write it: "1.25%".</summary>
    public static string Pct(double share, int decimals) => (share * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    private static long Suggest(long runs) => Math.Min(10_000_000, runs <= 1000 ? 1000 : (long)(Math.Ceiling(runs / 1000.0) * 1000));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
