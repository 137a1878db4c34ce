using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Cli.Output.Report;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Cli.Commands;

/// <summary>`sim report`: the experiment, the sensitivity analysis, an optional sweep and a sample transcript in one offline HTML file.</summary>
public sealed class ReportCommand(ErrorConsole errors) : Spectre.Console.Cli.AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(Spectre.Console.Cli.CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.Out!;
        OutputFolder.EnsureFor(path);

        if (Domain.Series.SeriesLoader.IsSeries(settings.File))
        {
            return await Series.SeriesReportCommand.ExecuteAsync(errors, settings, cancellationToken);
        }

        var scenario = ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot);
        var compiled = CompiledScenario.Compile(scenario);
        await using var series = new ExperimentSeries(settings, ExperimentBackends.For(settings), errors);
        var request = series.Request(settings.File, []);
        var result = (await series.RunAsync([request], cancellationToken))[0];
        var sensitivity = settings.AnalysisRuns > 0
            ? await SensitivityCommand.RunAnalysisAsync(series, settings.AnalysisRuns, settings.Bins, top: 5, cancellationToken)
            : null;
        var sweep = settings.Sweep.Length > 0
            ? await SweepCommand.RunSweepAsync(series, settings.Sweep, Math.Max(1, settings.AnalysisRuns), cancellationToken)
            : null;
        // One run replayed with its transcript, as `sim explain --run 0` shows it.
        var sample = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, request.Seed, 0));
        // The bargaining analysis without its own Monte Carlo runs: the report's experiment covers that.
        var bargaining = ScenarioAnalysis.Analyse(scenario, new ScenarioAnalysisOptions());
        var (calibration, refusal) = settings.Calibrate > 0
            ? await Calibration.ReportCalibration.RunAsync(errors, new Domain.Calibration.ScenarioCalibrationModel(compiled, [], Domain.Calibration.ValueTolerance.None), settings.Calibrate, request.Seed, cancellationToken)
            : (null, null);
        var html = ReportHtml.Build(new ReportContent(scenario, result, sensitivity, sweep, sample, bargaining, ReportForecast.For(scenario), calibration, refusal));
        html = Reproducibility.ProvenanceJson.EmbedInHtml(html, Reproducibility.ProvenanceFactory.ForFile("report", settings, request.Runs, request.Seed));
        AtomicFile.WriteText(path, html);
        errors.Line($"report written to {path}");
        return ExitCodes.Success;
    }
}
