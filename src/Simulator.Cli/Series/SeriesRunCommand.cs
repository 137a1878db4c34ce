using Simulator.Cli.Commands;
using Spectre.Console;
using Simulator.Cli.Output;
using Simulator.Domain.Series;

namespace Simulator.Cli.Series;

/// <summary>
/// `sim run SERIES.yaml`: the whole series in every Monte Carlo run, reported per round and over
/// all rounds. Like a scenario, a series runs through the experiment grain (an embedded silo, or
/// the cluster of --cluster) unless --in-process asks for this process's cores; the results are
/// identical.
/// </summary>
internal static class SeriesRunCommand
{
    public static async Task<int> ExecuteAsync(IAnsiConsole console, ErrorConsole errors, RunSettings settings, CancellationToken cancellationToken)
    {
        var (definition, snapshot) = settings.InProcess ? (SeriesLoader.Load(settings.File, settings.Sets), "") : SeriesSnapshot.Create(settings.File, settings.Sets);
        var series = CompiledSeries.Compile(definition);
        var runs = settings.Runs ?? series.Definition.MonteCarlo.Runs;
        var seed = settings.Seed ?? series.Definition.MonteCarlo.Seed;
        var result = await ProgressDisplay.RunAsync(errors, runs, progress => settings.InProcess
            ? Task.Run(() => SeriesRunner.Run(series, runs, seed, progress: progress, cancellationToken: cancellationToken), cancellationToken)
            : SeriesOnOrleans.RunAsync(series, snapshot, runs, seed, settings, progress, cancellationToken));
        var provenance = Reproducibility.ProvenanceFactory.ForSeries("run", settings.File, series, settings.Sets, runs, seed);
        string Json() => Reproducibility.ProvenanceJson.Attach(SeriesJson.Serialize(result), provenance);
        // A Ctrl-C that came as the run finished writes nothing, as the interrupt's message says.
        cancellationToken.ThrowIfCancellationRequested();
        if (settings.Out is { } dir)
        {
            AnalystFiles.Write(dir, [("series.json", Json()), ("issues.csv", SeriesOutput.Csv(result))], []);
        }

        OutputFormat.Print(console, settings.Format, Json, () => SeriesOutput.Csv(result), c => SeriesOutput.Table(c, result, SeriesOutput.Words(series)));
        return ExitCodes.Success;
    }
}
