using System.Globalization;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// The chair for `show` and `analyze`: who drafts (for a shared chair each co-mediator's weight and
/// share), each mediator's position and salience on the agenda issues, and the chair's own point
/// (the share-weighted mean of the positions), in names and labels.
/// </summary>
internal static class ChairTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ChairSeatReport>? seats, IReadOnlyDictionary<string, double>? view, IEnumerable<string> issues, ScenarioWording words)
    {
        if (seats is not { Count: > 0 })
        {
            return;
        }

        var shared = seats.Count > 1;
        var members = string.Join(" and ", seats.Select(s => shared ? $"{words.Party(s.Party)} ({ChairWording.Percent(s.Share)})" : words.Party(s.Party)));
        console.WriteLine();
        console.MarkupLine(shared
            ? $"[bold]The chair[/]: {ConsoleText.Markup(members)} draft one text together; each pulls it towards its own view by its share (at most {F(MediatorDrafter.MaxMediatorPull)} × its salience, more the further apart the principals are), and all of them hear every answer"
            : $"[bold]The chair[/]: {ConsoleText.Markup(members)} drafts every text, pulling it towards its own view (at most {F(MediatorDrafter.MaxMediatorPull)} × its salience, more the further apart the principals are)");
        var table = new Table().AddColumn("issue");
        foreach (var seat in seats)
        {
            var heading = shared ? $"{ConsoleText.Markup(words.Party(seat.Party))}\n[dim]weight {F(seat.Weight)}, {ChairWording.Percent(seat.Share)}[/]" : ConsoleText.Markup(words.Party(seat.Party));
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        table.AddColumn(new TableColumn("the chair's\nown point").RightAligned());
        foreach (var issue in issues)
        {
            var cells = new List<string> { ConsoleText.Markup(words.Issue(issue)) };
            cells.AddRange(seats.Select(s => s.Positions.TryGetValue(issue, out var p) ? $"{F(p)} [dim]s[/]{F(s.Saliences[issue])}" : "[dim]-[/]"));
            cells.Add(view is not null && view.TryGetValue(issue, out var v) ? F(v) : "[dim]no view[/]");
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
