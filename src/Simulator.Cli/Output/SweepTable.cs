using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>A sweep as a terminal table: one row per grid point, one column per issue, "p (low-high)".</summary>
internal static class SweepTable
{
    /// <summary>Width an issue column needs for "100%" over "89-100" and a wrapped issue name, borders included.</summary>
    private const int IssueColumnWidth = 13;

    public static void Write(IAnsiConsole console, SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(sweep);
        console.MarkupLine($"[bold]{ConsoleText.Markup(sweep.Title)}[/]: agreement probability (95% interval), {sweep.RunsPerPoint:N0} runs per point, seed {sweep.Seed}");

        // As many issues per table as the terminal has room for, so headers stay readable at 80 columns.
        var issues = sweep.Points[0].Result.Issues.Select((issue, k) => (issue.Id, k)).ToList();
        var axisWidth = sweep.Axes.Sum(a => Short(a.Path).Length + 3) + 1;
        var room = Math.Max(1, (console.Profile.Width - axisWidth) / IssueColumnWidth);
        var tables = (issues.Count + room - 1) / room;
        var perTable = (issues.Count + tables - 1) / tables;
        foreach (var chunk in issues.Chunk(perTable))
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var axis in sweep.Axes)
            {
                table.AddColumn(new TableColumn(ConsoleText.Markup(Short(axis.Path))).RightAligned());
            }

            foreach (var (id, _) in chunk)
            {
                table.AddColumn(new TableColumn(ConsoleText.Markup(id.Replace('_', ' '))).RightAligned().Width(IssueColumnWidth - 3));
            }

            foreach (var point in sweep.Points)
            {
                table.AddRow([
                    .. point.Values.Select(v => ConsoleText.Markup(CsvText.F(v))),
                    .. chunk.Select(c => point.Result.Issues[c.k]).Select(i => $"{Percent.Of(i.AgreedProbability)}\n[grey]{Percent.Range(i)}[/]"),
                ]);
            }

            console.Write(table);
        }

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
