using Simulator.Cli.Commands;
using Spectre.Console;
using Simulator.Cli.Output;
using Simulator.Domain.Series;

namespace Simulator.Cli.Series;

/// <summary>
/// `sim run SERIES.yaml`: the whole series in every Monte Carlo run, reported per round and over
/// all rounds. Series run on this process's cores: the experiment grain takes one resolved
/// scenario at a time, and a series run needs every round of the run in one place.
/// </summary>
internal static class SeriesRunCommand
{
    public static async Task<int> ExecuteAsync(IAnsiConsole console, ErrorConsole errors, RunSettings settings, CancellationToken cancellationToken)
    {
        var series = CompiledSeries.Compile(SeriesLoader.Load(settings.File, settings.Sets));
        var runs = settings.Runs ?? series.Definition.MonteCarlo.Runs;
        var seed = settings.Seed ?? series.Definition.MonteCarlo.Seed;
        if (!settings.InProcess && settings.Format == OutputFormat.Table)
        {
            errors.Line("note: a series runs on this process's cores (the experiment grain takes one scenario at a time).");
        }

        var result = await ProgressDisplay.RunAsync(errors, runs, progress =>
            Task.Run(() => SeriesRunner.Run(series, runs, seed, progress: progress, cancellationToken: cancellationToken), cancellationToken));
        var provenance = Reproducibility.ProvenanceFactory.ForSeries("run", settings.File, series, settings.Sets, runs, seed);
        string Json() => Reproducibility.ProvenanceJson.Attach(SeriesJson.Serialize(result), provenance);
        if (settings.Out is { } dir)
        {
            AnalystFiles.Write(dir, [("series.json", Json()), ("issues.csv", SeriesOutput.Csv(result))], []);
        }

        OutputFormat.Print(console, settings.Format, Json, () => SeriesOutput.Csv(result), c => SeriesOutput.Table(c, result));
        return ExitCodes.Success;
    }
}
