using System.Text.Json;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Calibration;

/// <summary>
/// The stable JSON form of a <see cref="CalibrationResult"/> (`sim calibrate --format json`,
/// `calibration.json`): camelCase keys that are only ever added, parameters in rank order.
/// </summary>
public static class CalibrationJson
{
    public static string Serialize(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chance = CalibrationResult.ChanceDistance(result.Runs, result.Accepted);
        var document = new
        {
            scenario = result.Scenario,
            title = result.Title,
            runs = result.Runs,
            seed = result.Seed,
            accepted = result.Accepted,
            acceptanceRate = result.AcceptanceRate,
            acceptanceInterval = new { low = result.AcceptanceLow, high = result.AcceptanceHigh },
            chanceDistance = Finite(chance),
            warnings = result.Warnings(),
            record = result.Record.Select(r => new
            {
                round = r.Item.Round,
                issue = r.Item.Issue,
                agreed = r.Item.Agreed,
                value = r.Item.Value,
                tolerance = r.Item.Tolerance,
                matchedRuns = r.Matched,
                matchedShare = r.Rate,
            }),
            parameters = result.Parameters.Select((p, k) => new
            {
                rank = k + 1,
                path = p.Path,
                round = p.Parameter.Round,
                source = p.Parameter.Source is { } s ? new { quote = s.Quote, where = s.Where, note = s.Note } : null,
                confidence = p.Parameter.Parameter.Confidence,
                declaredValue = p.Parameter.Parameter.Value,
                prior = Summary(p.Prior),
                posterior = Summary(p.Posterior),
                shift = Finite(p.Shift),
                standardShift = Finite(p.StandardShift),
                distance = p.Distance,
                moved = p.Moved,
                histogram = new { min = p.Min, max = p.Max, bins = ParameterPosterior.HistogramBins, prior = p.PriorHistogram, posterior = p.PosteriorHistogram },
            }),
        };
        return JsonSerializer.Serialize(document, ExperimentJson.Options);
    }

    private static object Summary(DistributionSummary s) => new
    {
        mean = Finite(s.Mean),
        sd = Finite(s.StandardDeviation),
        low = Finite(s.Low),
        median = Finite(s.Median),
        high = Finite(s.High),
    };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
