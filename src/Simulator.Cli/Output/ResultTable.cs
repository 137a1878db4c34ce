using System.Globalization;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// The human-readable summary of an experiment: per issue, the chance of agreement, the usual value
/// (with its meaning on the scale), the record and what blocked it, in names and labels (the JSON
/// keeps ids), and for a what-if its change from the baseline.
/// </summary>
public static class ResultTable
{
    public static void Write(IAnsiConsole console, ExperimentResult result, ScenarioWording? words = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        string Text(string text) => words?.Text(text) ?? text;
        string Shown(IssueResult i, double v) => i.Unit is null && words is not null ? words.Value(i.Id, v) : Value(v, i.Unit);
        console.MarkupLine($"[bold]{ConsoleText.Markup(result.Title)}[/]  ({result.Runs:N0} runs, seed {result.Seed})");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Issue")
            .AddColumn(new TableColumn("Agreed").RightAligned())
            .AddColumn(new TableColumn("95% CI").RightAligned())
            .AddColumn("Most common value")
            .AddColumn("Record");
        foreach (var i in result.Issues)
        {
            table.AddRow(
                ConsoleText.Markup(i.Label),
                Bar(i.AgreedProbability),
                $"{P(i.Interval.Low)}–{P(i.Interval.High)}",
                i.AgreedValues is { } v ? ConsoleText.Markup(Shown(i, v.Mode)) : "-",
                i.Observed is { } o ? ConsoleText.Markup(Record(o, i.Unit)) : "-");
        }

        console.Write(table);

        // Reasons are sentences: listed under the table, where they have the full width.
        // Every issue that failed in any run gets its reason, however often it was agreed.
        var failing = result.Issues.Where(i => i.Blockers.Count > 0).ToList();
        if (failing.Count > 0)
        {
            console.MarkupLine("[bold]Why issues were not agreed[/] (the most frequent reason, and its share of the failures):");
            foreach (var i in failing)
            {
                var failed = i.AgreedProbability > 0 ? $" (not agreed in {P(1 - i.AgreedProbability)} of runs)" : string.Empty;
                console.MarkupLine($"  - [bold]{ConsoleText.Markup(words is null ? i.Id : i.Label)}[/]{failed}: {ConsoleText.Markup(Text(i.Blockers[0].Explanation))} ({P(i.Blockers[0].Share)})");
            }
        }

        console.MarkupLine($"Talks lasted {result.MeanRounds:0.#} rounds on average ({result.MeanMinutes:0} minutes).");
        var patterns = new Table().Border(TableBorder.Simple).AddColumn("Outcome pattern (issues agreed together)").AddColumn(new TableColumn("Share").RightAligned());
        foreach (var p in result.Patterns.Take(5))
        {
            patterns.AddRow(ConsoleText.Markup(p.Agreed.Count == 0 ? "(nothing agreed)" : string.Join(", ", p.Agreed.Select(id => words?.Issue(id) ?? id))), P(p.Probability));
        }

        console.Write(patterns);
        WriteBaseline(console, result);
        WriteDiagnosis(console, result, Text);
    }

    /// <summary>A what-if's change from its base, issue by issue, with whether it is beyond Monte Carlo noise.</summary>
    private static void WriteBaseline(IAnsiConsole console, ExperimentResult result)
    {
        if (result.Baseline is not { } baseline)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Change from the baseline ({ConsoleText.Markup(baseline.Scenario)}, same runs and seed)")
            .AddColumn("Issue")
            .AddColumn(new TableColumn("baseline → what-if").RightAligned())
            .AddColumn(new TableColumn("change (95% CI)").RightAligned())
            .AddColumn("beyond noise?");
        foreach (var c in baseline.Issues)
        {
            table.AddRow(
                ConsoleText.Markup(c.Label),
                $"{P(c.BaselineProbability)} → {P(c.Probability)}",
                $"{Percent.Points(c.Difference)} ({Points(c.Low)} to {Points(c.High)})",
                c.BeyondNoise ? "[bold]yes[/]" : "[grey]no, within noise[/]");
        }

        console.Write(table);
    }

    /// <summary>When nothing was ever agreed, say so plainly and name what stood in the way.</summary>
    private static void WriteDiagnosis(IAnsiConsole console, ExperimentResult result, Func<string, string> text)
    {
        if (result.Issues.Any(i => i.AgreedRuns > 0))
        {
            return;
        }

        console.MarkupLine("[bold red]No issue was agreed in any run.[/] What stood in the way most often:");
        foreach (var b in result.Blockers.Take(5))
        {
            console.MarkupLine($"  - {ConsoleText.Markup(text(b.Issue))}: {ConsoleText.Markup(text(b.Explanation))} ({P(b.Share)} of its failures)");
        }

        console.MarkupLine("Check the red lines and reservation utilities with [bold]sim show[/], or replay a run with [bold]sim explain[/].");
    }

    /// <summary>The record as the scenario grades it ("agreed in principle 50 (agreed)"), or agreed / not agreed when it is not graded.</summary>
    internal static string Record(ObservedResult o, string? unit) => ObservedText.Of(o, unit);

    private static string Bar(double p)
    {
        var filled = (int)Math.Round(p * 10);
        var colour = p >= 0.8 ? "green" : p <= 0.15 ? "red" : "yellow";
        return $"[{colour}]{new string('█', filled)}{new string('░', 10 - filled)}[/] {P(p),4}";
    }

    private static string Points(double difference) => (difference * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Value(double v, string? unit) =>
        unit is null ? v.ToString("0.#", CultureInfo.InvariantCulture) : $"{v.ToString("N0", CultureInfo.InvariantCulture)} {unit}";
}
