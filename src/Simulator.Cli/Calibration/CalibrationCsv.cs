using System.Globalization;
using System.Text;
using Simulator.Cli.Output;
using Simulator.Domain.Calibration;

namespace Simulator.Cli.Calibration;

/// <summary>`calibration.csv`: one row per parameter in rank order.</summary>
internal static class CalibrationCsv
{
    public static string Write(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("rank,path,prior_mean,prior_low,prior_high,posterior_mean,posterior_low,posterior_high,shift,standard_shift,ks_distance,moved,source\n");
        foreach (var (p, k) in result.Parameters.Select((p, k) => (p, k)))
        {
            string[] cells =
            [
                (k + 1).ToString(CultureInfo.InvariantCulture), p.Path,
                N(p.Prior.Mean), N(p.Prior.Low), N(p.Prior.High),
                N(p.Posterior.Mean), N(p.Posterior.Low), N(p.Posterior.High),
                N(p.Shift), N(p.StandardShift), N(p.Distance), p.Moved ? "true" : "false",
                SourceText.Of(p.Parameter.Source),
            ];
            CsvText.Row(text, cells);
        }

        return text.ToString();
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
