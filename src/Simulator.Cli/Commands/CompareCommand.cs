using Spectre.Console;
using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim compare A B [...]`: every scenario runs with the same runs and seed; each of B, ... is set
/// against A issue by issue, with the parameters that differ.
/// </summary>
public sealed class CompareCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<CompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        string[] files = [settings.File, .. settings.Others];
        await using var series = new ExperimentSeries(settings, ExperimentBackends.For(settings), errors);
        var reference = series.Request(settings.File, []);
        // One run count and one seed for all, taken from the reference unless given.
        var requests = files.Select(f => series.Request(f, [], reference.Runs) with { Seed = reference.Seed }).ToList();
        series.Announce($"compare: {files.Length} scenarios x {reference.Runs:N0} runs", requests);
        var results = await series.RunAsync(requests, cancellationToken);
        var comparisons = Enumerable.Range(1, files.Length - 1)
            .Select(k => ScenarioComparer.Compare(files[0], results[0], requests[0].Scenario.Parameters, files[k], results[k], requests[k].Scenario.Parameters))
            .ToList();
        var provenances = files.Select(f => Reproducibility.ProvenanceFactory.ForFile("compare", settings, reference.Runs, reference.Seed, f)).ToList();
        string Json() => Reproducibility.ProvenanceJson.Comparisons(CompareOutput.Json(comparisons), provenances[0], provenances[1..]);
        OutputFormat.Print(console, settings.Format, Json, () => CompareOutput.Csv(comparisons), table => CompareOutput.Table(table, comparisons));

        if (settings.Out is { } dir)
        {
            AnalystFiles.Write(dir, [("compare.json", Json()), ("compare.csv", CompareOutput.Csv(comparisons))], []);
        }

        return ExitCodes.Success;
    }
}
