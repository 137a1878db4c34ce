using System.Globalization;
using System.Text;
using Simulator.Cli.Commands;
using Simulator.Cli.Output;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Series;
using Spectre.Console;

namespace Simulator.Cli.Series;

/// <summary>`sim explain SERIES.yaml`: one series run, its rounds one after another, with what carried over into each.</summary>
internal static class SeriesExplainCommand
{
    public static int Execute(IAnsiConsole console, ExplainSettings settings)
    {
        var series = CompiledSeries.Compile(SeriesLoader.Load(settings.File, settings.Sets));
        var seed = settings.Seed ?? series.Definition.MonteCarlo.Seed;
        console.WriteRaw(ConsoleText.Plain(Format(series, seed, settings.Run)));
        return ExitCodes.Success;
    }

    public static string Format(CompiledSeries series, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(series);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{series.Definition.Title}: run {run} of seed {seed}, {series.Rounds.Count} rounds").AppendLine();
        var rounds = SeriesRunner.RunOne(series, seed, run, recordTranscript: true);
        foreach (var (r, k) in rounds.Select((r, k) => (r, k)))
        {
            text.AppendLine();
            var when = r.Round.Round.DaysAfterPrevious is { } days ? string.Create(CultureInfo.InvariantCulture, $", {days:0} days later") : "";
            text.Append(CultureInfo.InvariantCulture, $"=== Round {k + 1} of {rounds.Count}: {r.Round.Id}{when} ({r.Round.Scenario.Scenario.Title}) ===").AppendLine();
            var words = new ScenarioWording(r.Round.Scenario.Scenario);
            foreach (var note in r.CarryNotes)
            {
                text.Append("  ").AppendLine(words.Text(note));
            }

            text.AppendLine();
            text.Append(TranscriptFormatter.Format(r.Round.Scenario, r.Result));
            var matched = SeriesAccumulator.Matches(r);
            if (r.Round.Record.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"Record of {r.Round.Id}: {(matched ? "reproduced" : "not reproduced")} (agreed or not on its {r.Round.Record.Count} recorded issues)").AppendLine();
            }
        }

        return text.ToString();
    }
}
