using Simulator.Cli.Output;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Calibration;

namespace Simulator.Cli.Calibration;

/// <summary>`sim calibrate --out DIR`: calibration.json, calibration.csv and a prior-vs-posterior chart per top parameter.</summary>
internal static class CalibrationFiles
{
    public static void Write(string directory, CalibrationResult result, int top, Domain.MonteCarlo.ResultProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(result);
        AnalystFiles.Write(
            directory,
            [("calibration.json", Reproducibility.ProvenanceJson.Attach(CalibrationJson.Serialize(result), provenance)), ("calibration.csv", CalibrationCsv.Write(result))],
            result.Parameters.Take(top).Select((p, k) => (ChartName(k + 1, p.Path), PosteriorChart.Render(p, k + 1))));
    }

    public static string ChartName(int rank, string path) =>
        $"posterior-{rank:00}-{string.Concat(path.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_'))}.png";
}
