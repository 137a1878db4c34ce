using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// Per issue, the drivers that move it beyond noise, in the tornado chart's order: Sobol index and
/// the one-at-a-time swing, each with its 95% interval, and the source of each parameter; an issue
/// no parameter moves beyond noise says so instead of ranking zeros.
/// </summary>
internal static class SensitivityTable
{
    public static void Write(IAnsiConsole console, SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.MarkupLine($"[bold]{ConsoleText.Markup(report.Scenario)}[/]: {report.Parameters.Count} uncertain parameters, {report.RunsPerProbe:N0} runs per probe, {report.Bins} bins, seed {report.Seed}");
        console.MarkupLine($"[grey]measure: {ConsoleText.Markup(report.Measure)}; swing: P(agreed) at the top of the range minus at the bottom[/]");
        if (report.Intervals is { } intervals)
        {
            console.MarkupLine($"[grey]{ConsoleText.Markup(intervals)}[/]");
        }

        foreach (var issue in report.Issues)
        {
            var title = $"{ConsoleText.Markup(issue.Label)} (baseline {Percent.Of(issue.Baseline)})";
            if (issue.Drivers.Count == 0)
            {
                console.MarkupLine($"[bold]{title}[/]: {ConsoleText.Markup(issue.Note ?? "no driver")}");
                continue;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .Title(title)
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("parameter")
                .AddColumn(new TableColumn("Sobol S1 (95%)").RightAligned())
                .AddColumn(new TableColumn("swing (95%)").RightAligned())
                .AddColumn("source");
            foreach (var d in issue.Drivers)
            {
                table.AddRow(
                    d.Rank.ToString(CultureInfo.InvariantCulture),
                    ConsoleText.Markup(d.Path),
                    Index(d),
                    Swing(d),
                    ConsoleText.Markup(Truncate(SourceText.Of(d.Source), 90)));
            }

            console.Write(table);
        }
    }

    /// <summary>"0.42 (0.31–0.55)".</summary>
    public static string Index(Driver d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var value = d.FirstOrderIndex.ToString("0.00", CultureInfo.InvariantCulture);
        return d.IndexInterval is { } i ? $"{value} ({i.Low.ToString("0.00", CultureInfo.InvariantCulture)}–{i.High.ToString("0.00", CultureInfo.InvariantCulture)})" : value;
    }

    /// <summary>"+35.0 pp (+22.1 to +46.3)".</summary>
    public static string Swing(Driver d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var value = Percent.Points(d.Swing);
        return d.SwingInterval is { } i ? $"{value} ({Percent.Points(i.Low)} to {Percent.Points(i.High)})" : value;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
