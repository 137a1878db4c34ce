using System.Globalization;
using System.Text;
using System.Text.Json;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.MonteCarlo;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>`sim compare` as a table, JSON or CSV.</summary>
internal static class CompareOutput
{
    public static string Json(IReadOnlyList<ScenarioComparison> comparisons) => JsonSerializer.Serialize(comparisons, ExperimentJson.Options);

    public static string Csv(IReadOnlyList<ScenarioComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var sb = new StringBuilder();
        CsvText.Row(sb, "a", "b", "issue", "probabilityA", "probabilityB", "difference", "low", "high", "z", "pValue");
        foreach (var c in comparisons)
        {
            foreach (var i in c.Issues)
            {
                var d = i.Difference;
                CsvText.Row(sb, c.A, c.B, i.Issue, CsvText.F(d.ProbabilityA), CsvText.F(d.ProbabilityB), CsvText.F(d.Difference), CsvText.F(d.Low), CsvText.F(d.High), CsvText.F(d.Z), CsvText.F(d.PValue));
            }
        }

        return sb.ToString();
    }

    public static void Table(IAnsiConsole console, IReadOnlyList<ScenarioComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(comparisons);
        foreach (var c in comparisons)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{ConsoleText.Markup(c.B)} vs {ConsoleText.Markup(c.A)} ({c.RunsA:N0} and {c.RunsB:N0} runs)")
                .AddColumn("issue")
                .AddColumn(new TableColumn("A").RightAligned())
                .AddColumn(new TableColumn("B").RightAligned())
                .AddColumn(new TableColumn("B - A, pp [[95% CI]]").RightAligned())
                .AddColumn(new TableColumn("p-value").RightAligned());
            foreach (var i in c.Issues)
            {
                var d = i.Difference;
                var diff = $"{Pp(d.Difference)} [{Pp(d.Low)}, {Pp(d.High)}]";
                table.AddRow(
                    ConsoleText.Markup(i.Label),
                    Percent.Of(d.ProbabilityA),
                    Percent.Of(d.ProbabilityB),
                    d.IsSignificant() ? $"[bold]{ConsoleText.Markup(diff)}[/]" : ConsoleText.Markup(diff),
                    d.PValue < 0.001 ? "<0.001" : d.PValue.ToString("0.000", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            if (c.Parameters.Count == 0)
            {
                console.MarkupLine("[grey]No parameter differs.[/]");
                continue;
            }

            var parameters = new Table().Border(TableBorder.Simple).Title("Parameters that differ")
                .AddColumn("parameter").AddColumn(new TableColumn("A").RightAligned()).AddColumn(new TableColumn("B").RightAligned());
            foreach (var p in c.Parameters)
            {
                parameters.AddRow(ConsoleText.Markup(p.Path), ConsoleText.Markup(Describe(p.ValueA, p.UncertaintyA)), ConsoleText.Markup(Describe(p.ValueB, p.UncertaintyB)));
            }

            console.Write(parameters);
        }

        console.MarkupLine("[grey]Bold: the two-proportion z-test rejects 'no difference' at 5%. Intervals: Newcombe's hybrid score method.[/]");
    }

    private static string Pp(double difference) => (difference * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    public static string Describe(double? value, string? uncertainty) =>
        value is not { } v ? "(absent)" : uncertainty is null ? v.ToString("G6", CultureInfo.InvariantCulture) : $"{v.ToString("G6", CultureInfo.InvariantCulture)}, {uncertainty}";
}
