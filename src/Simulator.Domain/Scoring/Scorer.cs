namespace Simulator.Domain.Scoring;

/// <summary>
/// Scores experiments against their scenarios' observed records. An issue counts as agreed in the
/// record when its grade does (agreed, agreed-in-principle, partial); the model predicts agreement
/// when its probability is at least <see cref="Threshold"/>.
/// </summary>
public static class Scorer
{
    /// <summary>The probability at or above which the model is taken to predict agreement.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// Probabilities are clamped to [LogClamp, 1 − LogClamp] before the log, so that one confident
    /// miss costs at most ln(1/LogClamp) ≈ 4.6 instead of infinity (a probability from finitely many
    /// runs is never proof of impossibility).
    /// </summary>
    public const double LogClamp = 0.01;

    /// <summary>Calibration bins of equal width over [0, 1].</summary>
    public const int Bins = 10;

    public static ScoreCard Score(IReadOnlyList<ScoredExperiment> experiments, IReadOnlyList<ScoreNote> skipped)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(skipped);
        var items = new List<ScoredIssue>();
        foreach (var e in experiments)
        {
            foreach (var issue in e.Result.Issues)
            {
                if (issue.Observed is not { } observed)
                {
                    continue;
                }

                var p = issue.AgreedProbability;
                var predicted = p >= Threshold;
                items.Add(new ScoredIssue(
                    e.File,
                    e.Round,
                    e.Result.Scenario,
                    issue.Id,
                    issue.Label,
                    observed.Grade,
                    observed.Agreed,
                    p,
                    e.Result.Runs,
                    predicted,
                    predicted == observed.Agreed,
                    Brier(p, observed.Agreed),
                    Log(p, observed.Agreed)));
            }
        }

        var outcomes = items.Select(i => i.ObservedAgreed).ToList();
        return new ScoreCard(
            experiments.Count,
            items.Count,
            outcomes.Count(o => o),
            Threshold,
            LogClamp,
            Mean(items.Select(i => i.Hit ? 1.0 : 0.0)),
            Mean(items.Select(i => i.Brier)),
            Mean(items.Select(i => i.LogScore)),
            [Baseline("always agreed", 1, outcomes), Baseline("never agreed", 0, outcomes)],
            Calibrate(items),
            items,
            skipped);
    }

    /// <summary>(p − o)², o being 1 when the record counts as agreed.</summary>
    public static double Brier(double probability, bool agreed)
    {
        var d = probability - (agreed ? 1 : 0);
        return d * d;
    }

    /// <summary>−ln of the clamped probability the model gave to what happened.</summary>
    public static double Log(double probability, bool agreed)
    {
        var p = Math.Clamp(probability, LogClamp, 1 - LogClamp);
        return -Math.Log(agreed ? p : 1 - p);
    }

    private static ScoreBaseline Baseline(string name, double probability, IReadOnlyList<bool> outcomes) =>
        new(
            name,
            probability,
            Mean(outcomes.Select(o => (probability >= Threshold) == o ? 1.0 : 0.0)),
            Mean(outcomes.Select(o => Brier(probability, o))),
            Mean(outcomes.Select(o => Log(probability, o))));

    private static List<CalibrationBin> Calibrate(IReadOnlyList<ScoredIssue> items)
    {
        var bins = new List<CalibrationBin>(Bins);
        for (var b = 0; b < Bins; b++)
        {
            double low = (double)b / Bins, high = (double)(b + 1) / Bins;
            var inBin = items.Where(i => BinOf(i.Probability) == b).ToList();
            bins.Add(new CalibrationBin(
                low,
                high,
                inBin.Count,
                inBin.Count == 0 ? null : inBin.Average(i => i.Probability),
                inBin.Count == 0 ? null : inBin.Average(i => i.ObservedAgreed ? 1.0 : 0.0)));
        }

        return bins;
    }

    private static int BinOf(double probability) => Math.Clamp((int)Math.Floor(probability * Bins), 0, Bins - 1);

    // An empty score has no mean; 0 keeps the JSON a number (Issues = 0 says it is empty).
    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            sum += v;
            n++;
        }

        return n == 0 ? 0 : sum / n;
    }
}
