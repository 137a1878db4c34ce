using System.Globalization;
using Simulator.Domain.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// The scenario's `observed` record as `show`, `explain` and `analyze` print it: per issue (by its
/// label, as every table names it) the grade in words, what it counts as for scoring, the value and range (in the issue's
/// unit where it has one) and the round or minute. The quotes are in the scenario file, beside each record.
/// </summary>
public static class ObservedRecordTable
{
    public static void Write(IAnsiConsole console, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Observed.Count == 0)
        {
            return;
        }

        var table = new Table().Title("What history recorded (observed; the grade and what it counts as for sim score)")
            .AddColumn(new TableColumn("issue").NoWrap()).AddColumn("grade").AddColumn("counts as").AddColumn("value");
        foreach (var issue in scenario.Issues)
        {
            if (!scenario.Observed.TryGetValue(issue.Id, out var o))
            {
                continue;
            }

            table.AddRow(
                ConsoleText.Markup(issue.Label),
                ConsoleText.Markup((o.Grade is { } g ? g.Name().Replace('-', ' ') : "-") + When(o)),
                o.Agreed ? "[green]agreed[/]" : "[red]not agreed[/]",
                ConsoleText.Markup(Value(issue, o)));
        }

        console.WriteLine();
        console.Write(table);
    }

    private static string When(ObservedIssueOutcome o) =>
        o.Round is { } r ? $", round {r}" : o.Minute is { } m ? $", minute {F(m)}" : "";

    private static string Value(Issue issue, ObservedIssueOutcome o)
    {
        string Of(double v) => issue.Unit is { } u ? $"{u.ToUnit(v).ToString("N0", CultureInfo.InvariantCulture)} {u.Name}" : F(v);
        var value = o.Value is { } x ? Of(x) : "-";
        return o.Range is { } r ? $"{value} (range {Of(r.Min)} to {Of(r.Max)})" : value;
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
