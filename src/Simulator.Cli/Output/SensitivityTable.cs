using System.Globalization;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>Per issue, the top drivers: Sobol index, the one-at-a-time swing, and the source of each parameter.</summary>
internal static class SensitivityTable
{
    public static void Write(IAnsiConsole console, SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.MarkupLine($"[bold]{ConsoleText.Markup(report.Scenario)}[/]: {report.Parameters.Count} uncertain parameters, {report.RunsPerProbe:N0} runs per probe, {report.Bins} bins, seed {report.Seed}");
        console.MarkupLine($"[grey]measure: {ConsoleText.Markup(report.Measure)}; swing: P(agreed) at the top of the range minus at the bottom[/]");
        foreach (var issue in report.Issues)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{ConsoleText.Markup(issue.Label)} (baseline {Percent.Of(issue.Baseline)})")
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("parameter")
                .AddColumn(new TableColumn("Sobol S1").RightAligned())
                .AddColumn(new TableColumn("swing").RightAligned())
                .AddColumn("source");
            foreach (var d in issue.Drivers)
            {
                table.AddRow(
                    d.Rank.ToString(CultureInfo.InvariantCulture),
                    ConsoleText.Markup(d.Path),
                    d.FirstOrderIndex.ToString("0.00", CultureInfo.InvariantCulture),
                    Percent.Points(d.Swing),
                    ConsoleText.Markup(Truncate(SourceText.Of(d.Source), 90)));
            }

            console.Write(table);
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
