using System.Globalization;
using System.Text;
using Simulator.Cli.Output;
using Simulator.Domain.Calibration;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Series;
using Spectre.Console;

namespace Simulator.Cli.Series;

/// <summary>
/// A series result as a table per round (in each round's party names and issue labels, as `sim run`
/// prints a scenario) plus the record over all rounds, or as one CSV with a round column (ids).
/// </summary>
internal static class SeriesOutput
{
    /// <param name="words">Each round's wording, in the rounds' order (<see cref="Words"/>).</param>
    public static void Table(IAnsiConsole console, SeriesResult result, IReadOnlyList<ScenarioWording> words)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(words);
        console.MarkupLine($"[bold]{ConsoleText.Markup(result.Title)}[/]  ({result.Runs:N0} runs of {result.Rounds.Count} rounds, seed {result.Seed})");
        foreach (var (round, k) in result.Rounds.Select((r, k) => (r, k)))
        {
            console.WriteLine();
            var when = round.DaysAfterPrevious is { } days ? string.Create(CultureInfo.InvariantCulture, $", {days:0} days after {result.Rounds[k - 1].Id}") : "";
            console.MarkupLine($"[bold underline]Round {k + 1}: {ConsoleText.Markup(round.Id)}[/]{ConsoleText.Markup(when)} ({ConsoleText.Markup(round.ScenarioFile)})");
            ResultTable.Write(console, round.Result, words[k]);
            if (round.RecordItems > 0)
            {
                console.MarkupLine(ConsoleText.Markup($"Runs reproducing this round's record (agreed or not on its {round.RecordItems} recorded issues): {CalibrationResult.Pct(round.RecordMatchedShare, 1)}"));
            }
        }

        console.WriteLine();
        var summary = new Table().Border(TableBorder.Rounded).Title("The record, round by round")
            .AddColumn("round")
            .AddColumn(new TableColumn("runs reproducing its record").RightAligned());
        foreach (var round in result.Rounds.Where(r => r.RecordItems > 0))
        {
            summary.AddRow(ConsoleText.Markup(round.Id), CalibrationResult.Pct(round.RecordMatchedShare, 1));
        }

        summary.AddRow("[bold]every round[/]", ConsoleText.Markup($"{CalibrationResult.Pct(result.RecordMatchedShare, 1)} ({CalibrationResult.Pct(result.RecordMatchedLow, 1)}-{CalibrationResult.Pct(result.RecordMatchedHigh, 1)})"));
        console.Write(summary);
    }

    /// <summary>Each round's wording: names and labels for the ids of the scenario it plays.</summary>
    public static IReadOnlyList<ScenarioWording> Words(CompiledSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series.Rounds.Select(r => new ScenarioWording(r.Scenario.Scenario))];
    }

    public static string Csv(SeriesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var (round, k) in result.Rounds.Select((r, k) => (r, k)))
        {
            var lines = ResultCsv.Issues(round.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (k == 0)
            {
                text.Append("round,").Append(lines[0]).Append('\n');
            }

            foreach (var line in lines.Skip(1))
            {
                text.Append(round.Id).Append(',').Append(line).Append('\n');
            }
        }

        return text.ToString();
    }
}
