using System.Globalization;
using Simulator.Cli.Output;
using Simulator.Domain.Calibration;
using Spectre.Console;

namespace Simulator.Cli.Calibration;

/// <summary>The calibration for a reader: acceptance, the record item by item, and the parameters the record moved most with their sources.</summary>
internal static class CalibrationTable
{
    public static void Write(IAnsiConsole console, CalibrationResult result, int top)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        console.MarkupLine($"[bold]{ConsoleText.Markup(result.Title)}[/]: calibrated to the record, {result.Runs:N0} runs, seed {result.Seed}");
        console.MarkupLine(ConsoleText.Markup(string.Create(CultureInfo.InvariantCulture,
            $"accepted {result.Accepted:N0} runs ({CalibrationResult.Pct(result.AcceptanceRate, 2)}, 95% interval {CalibrationResult.Pct(result.AcceptanceLow, 2)}-{CalibrationResult.Pct(result.AcceptanceHigh, 2)}): those that reproduce every item below")));
        var record = new Table().Border(TableBorder.Rounded).Title("The record, item by item")
            .AddColumn("recorded")
            .AddColumn(new TableColumn("runs reproducing it").RightAligned());
        foreach (var r in result.Record)
        {
            record.AddRow(ConsoleText.Markup(r.Item.Label), CalibrationResult.Pct(r.Rate, 1));
        }

        console.Write(record);
        var chance = CalibrationResult.ChanceDistance(result.Runs, result.Accepted);
        var moved = result.Parameters.Count(p => p.Moved);
        console.WriteLine();
        console.MarkupLine(ConsoleText.Markup(string.Create(CultureInfo.InvariantCulture,
            $"What the record moves most ({moved} of {result.Parameters.Count} parameters moved; chance alone reaches a KS distance of {chance:0.000}):")));
        foreach (var (p, k) in result.Parameters.Take(top).Select((p, k) => (p, k)))
        {
            var verdict = p.Moved ? "moved" : p.Distance > chance ? "a small move" : "within chance";
            console.MarkupLine($"[bold]{k + 1,2}. {ConsoleText.Markup(p.Path)}[/]");
            console.MarkupLine(ConsoleText.Markup(string.Create(CultureInfo.InvariantCulture,
                $"    KS {p.Distance:0.00}, {verdict}; shift {Number(p.Shift)} ({p.StandardShift:+0.00;-0.00;0.00} sd)")));
            console.MarkupLine(ConsoleText.Markup($"    prior {Summary(p.Prior)} -> posterior {Summary(p.Posterior)}"));
            console.MarkupLine($"    [grey]{ConsoleText.Markup(Truncate(SourceText.Of(p.Parameter.Source), 150))}[/]");
        }

        console.MarkupLine("[grey]mean [[5%, 95%]]; shift: posterior mean minus prior mean (and in prior standard deviations); KS: the Kolmogorov-Smirnov distance between prior and posterior (0: unchanged, 1: disjoint); a move is a KS distance beyond chance and at least 0.05[/]");
        foreach (var warning in result.Warnings())
        {
            console.MarkupLine($"[yellow]warning:[/] {ConsoleText.Markup(warning)}");
        }
    }

    private static string Summary(DistributionSummary s) => $"{Number(s.Mean)} [{Number(s.Low)}, {Number(s.High)}]";

    internal static string Number(double value) =>
        !double.IsFinite(value) ? "-" : Math.Abs(value) >= 10 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
