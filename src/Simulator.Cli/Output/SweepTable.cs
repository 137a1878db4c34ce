using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>A sweep as a terminal table: one row per grid point, one column per issue, "p (low-high)".</summary>
internal static class SweepTable
{
    public static void Write(IAnsiConsole console, SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(sweep);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{ConsoleText.Markup(sweep.Title)}: agreement probability (95% interval), {sweep.RunsPerPoint:N0} runs per point, seed {sweep.Seed}");
        foreach (var axis in sweep.Axes)
        {
            table.AddColumn(new TableColumn(ConsoleText.Markup(Short(axis.Path))).RightAligned());
        }

        foreach (var issue in sweep.Points[0].Result.Issues)
        {
            table.AddColumn(new TableColumn(ConsoleText.Markup(issue.Id.Replace('_', ' '))).RightAligned());
        }

        foreach (var point in sweep.Points)
        {
            table.AddRow([
                .. point.Values.Select(v => v.ToString("G4", CultureInfo.InvariantCulture)),
                .. point.Result.Issues.Select(i => $"{Percent.Of(i.AgreedProbability)}\n[grey]{Percent.Range(i)}[/]"),
            ]);
        }

        console.Write(table);
        foreach (var axis in sweep.Axes)
        {
            console.MarkupLine($"[grey]{ConsoleText.Markup(Short(axis.Path))} = {ConsoleText.Markup(axis.Path)}[/]");
        }
    }

    /// <summary>A path without the "parties." prefix and the ".stances." segment: short, yet the party stays visible.</summary>
    public static string Short(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shorter = path.StartsWith("parties.", StringComparison.Ordinal) ? path["parties.".Length..] : path;
        return shorter.Replace(".stances.", ".", StringComparison.Ordinal);
    }
}
