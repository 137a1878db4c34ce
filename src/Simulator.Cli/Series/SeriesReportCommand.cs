using Simulator.Cli.Calibration;
using Simulator.Cli.Commands;
using Simulator.Cli.Output;
using Simulator.Cli.Output.Report;
using Simulator.Domain.Calibration;
using Simulator.Domain.Series;

namespace Simulator.Cli.Series;

/// <summary>`sim report SERIES.yaml --out FILE.html`: the series view (outcome probabilities per round, the record round by round), a sample run, and the calibration with --calibrate.</summary>
internal static class SeriesReportCommand
{
    public static async Task<int> ExecuteAsync(ErrorConsole errors, ReportSettings settings, CancellationToken cancellationToken)
    {
        var series = CompiledSeries.Compile(SeriesLoader.Load(settings.File, settings.Sets));
        var runs = settings.Runs ?? series.Definition.MonteCarlo.Runs;
        var seed = settings.Seed ?? series.Definition.MonteCarlo.Seed;
        var result = await ProgressDisplay.RunAsync(errors, runs, progress =>
            Task.Run(() => SeriesRunner.Run(series, runs, seed, progress: progress, cancellationToken: cancellationToken), cancellationToken));
        var (calibration, refusal) = settings.Calibrate > 0
            ? await ReportCalibration.RunAsync(errors, new SeriesCalibrationModel(series, [], ValueTolerance.None), settings.Calibrate, seed, cancellationToken)
            : (null, null);
        var html = ReportHtml.BuildSeries(result, SeriesOutput.Words(series), SeriesExplainCommand.Format(series, seed, 0), calibration, refusal);
        html = Reproducibility.ProvenanceJson.EmbedInHtml(html, Reproducibility.ProvenanceFactory.ForSeries("report", settings.File, series, settings.Sets, runs, seed));
        AtomicFile.WriteText(settings.Out!, html);
        errors.Line($"report written to {settings.Out}");
        return ExitCodes.Success;
    }
}
