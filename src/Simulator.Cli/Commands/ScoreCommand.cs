using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Cli.Output.Charts;
using Simulator.Domain.Scoring;
using Simulator.Domain.Series;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim score FILE...`: runs every scenario that has an `observed` record (through the same
/// experiment backend as `sim run`; a series' rounds on this process's cores) and holds the
/// model's probabilities against the record: per issue hit or miss, and over all files accuracy,
/// Brier and log score beside the two trivial baselines, and a calibration chart.
/// </summary>
public sealed class ScoreCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<ScoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        string[] files = [settings.File, .. settings.More];
        var skipped = new List<ScoreNote>();
        var scenarioFiles = new List<string>();
        var seriesFiles = new List<CompiledSeries>();
        var seriesNames = new List<string>();
        await using var series = new ExperimentSeries(settings, ExperimentBackends.For(settings), errors);
        var requests = new List<ExperimentRequest>();

        // Everything is loaded and checked before any run starts: a bad file stops the command with nothing written.
        foreach (var file in files)
        {
            if (SeriesLoader.IsSeries(file))
            {
                seriesFiles.Add(CompiledSeries.Compile(SeriesLoader.Load(file, settings.Sets)));
                seriesNames.Add(file);
                continue;
            }

            var request = series.Request(file, []);
            var scenario = request.Scenario.Scenario;
            if (scenario.Observed.Count == 0)
            {
                skipped.Add(new ScoreNote(file, "no observed record: nothing to score"));
                continue;
            }

            foreach (var issueId in scenario.Observed.Keys.Where(id => !request.Scenario.Agenda.Contains(scenario.IssueIndex(id))).Order(StringComparer.Ordinal))
            {
                skipped.Add(new ScoreNote(file, $"observed {issueId} is not on the agenda: not scored"));
            }

            scenarioFiles.Add(file);
            requests.Add(request);
        }

        if (requests.Count == 0 && seriesFiles.Count == 0)
        {
            throw new UserInputException(
                $"none of the {files.Length} file(s) has an observed record, so there is nothing to score; add 'observed:' to a scenario (see README, \"Observed outcomes\")");
        }

        series.Announce($"score: {requests.Count} scenario(s)", requests);
        var results = await series.RunAsync(requests, cancellationToken);
        var experiments = scenarioFiles.Select((f, k) => new ScoredExperiment(f, null, results[k])).ToList();
        for (var k = 0; k < seriesFiles.Count; k++)
        {
            experiments.AddRange(await RunSeriesAsync(seriesNames[k], seriesFiles[k], settings, skipped, cancellationToken));
        }

        // Files in the order given, a series' rounds in series order.
        var order = files.Select((f, i) => (f, i)).GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().i);
        var card = Scorer.Score([.. experiments.OrderBy(e => order[e.File])], skipped);
        if (card.Issues == 0)
        {
            throw new UserInputException("no file has an observed record on an issue of its agenda, so there is nothing to score; record outcomes under observed: for issues on protocol.agenda");
        }

        foreach (var note in card.Skipped)
        {
            errors.Line($"note: {note.File}: {note.Note}");
        }

        if (settings.Out is { } dir)
        {
            AnalystFiles.Write(dir, [("score.json", ScoreJson.Serialize(card)), ("score.csv", ScoreOutput.Csv(card))], [("calibration.png", CalibrationChart.Render(card))]);
        }

        OutputFormat.Print(console, settings.Format, () => ScoreJson.Serialize(card), () => ScoreOutput.Csv(card), table => ScoreOutput.Table(table, card));
        return ExitCodes.Success;
    }

    private async Task<List<ScoredExperiment>> RunSeriesAsync(string file, CompiledSeries compiled, ScoreSettings settings, List<ScoreNote> skipped, CancellationToken cancellationToken)
    {
        var runs = settings.Runs ?? compiled.Definition.MonteCarlo.Runs;
        var seed = settings.Seed ?? compiled.Definition.MonteCarlo.Seed;
        var result = await ProgressDisplay.RunAsync(errors, runs, progress =>
            Task.Run(() => SeriesRunner.Run(compiled, runs, seed, progress: progress, cancellationToken: cancellationToken), cancellationToken));
        var scored = new List<ScoredExperiment>();
        foreach (var round in result.Rounds)
        {
            if (round.Result.Issues.Any(i => i.Observed is not null))
            {
                scored.Add(new ScoredExperiment(file, round.Id, round.Result));
            }
            else
            {
                skipped.Add(new ScoreNote(file, $"round {round.Id} has no observed record on its agenda: not scored"));
            }
        }

        if (scored.Count == 0)
        {
            skipped.Add(new ScoreNote(file, "no round has an observed record: nothing to score"));
        }

        return scored;
    }
}
