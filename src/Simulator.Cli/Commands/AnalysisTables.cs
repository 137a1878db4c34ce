using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>The table form of `sim analyze`: one section per question a student asks, in names and labels (the JSON keeps ids).</summary>
internal static class AnalysisTables
{
    public static void Write(IAnsiConsole console, ScenarioAnalysisReport report, ScenarioWording words)
    {
        console.MarkupLine($"[bold]Bargaining analysis: {ConsoleText.Markup(report.Title)}[/] ({ConsoleText.Markup(report.Scenario)})");
        console.WriteLine(ConsoleText.Plain($"Parties analysed: {string.Join(", ", report.Parties.Select(words.Party))}. No deal (every issue at its status quo) is worth " +
            string.Join(", ", report.Disagreement.Select(d => $"{words.Party(d.Key)} {F(d.Value, 3)}")) + "."));
        console.WriteLine();
        WhyNoAgreement(console, report, words);
        console.Write(Zones(report, words));
        console.WriteLine();
        console.Write(Solutions(report, words));
        WriteModal(console, report, words);
        ChairTable.Write(console, report.Chair, report.ChairView, report.Zones.Select(z => z.Issue), words);
        console.WriteLine();
        foreach (var power in report.Power)
        {
            console.Write(Power(power, words));
        }
    }

    private static void WhyNoAgreement(IAnsiConsole console, ScenarioAnalysisReport report, ScenarioWording words)
    {
        console.MarkupLine("[bold]Why some issues cannot be agreed, and what would open them[/]");
        if (report.Diagnoses.Count == 0)
        {
            console.WriteLine("  Every agenda issue has a zone of agreement.");
        }

        foreach (var diagnosis in report.Diagnoses)
        {
            console.WriteLine(ConsoleText.Plain($"  - {words.Text(diagnosis.Explanation)}"));
        }

        console.WriteLine();
    }

    private static Table Zones(ScenarioAnalysisReport report, ScenarioWording words)
    {
        var table = new Table().Title("Zones of agreement among the principals (0-100 scale)")
            .AddColumn("issue (status quo)").AddColumn("on its own").AddColumn("with linkages");
        foreach (var zone in report.Zones)
        {
            var own = zone.OwnZoneOpen ? $"[green][[{F(zone.OwnLow)}, {F(zone.OwnHigh)}]][/]" : "[red]closed[/]";
            var joint = zone.JointZoneExists ? $"[green]{ConsoleText.Markup(words.Text(zone.Summary))}[/]" : $"[red]{ConsoleText.Markup(words.Text(zone.Summary))}[/]";
            table.AddRow($"{ConsoleText.Markup(words.Issue(zone.Issue))} ({F(zone.StatusQuo)})", own, joint);
        }

        return table;
    }

    // Concepts as columns and issues as rows, so five solutions fit side by side in a terminal.
    private static Table Solutions(ScenarioAnalysisReport report, ScenarioWording words)
    {
        var table = new Table().Title("Solution points over individually rational outcomes (agreed values; '-' = status quo)").AddColumn("");
        foreach (var s in report.Solutions)
        {
            table.AddColumn(new TableColumn(ConsoleText.Markup(Short(s.Concept))).RightAligned());
        }

        var modal = report.Simulated;
        if (modal is not null)
        {
            table.AddColumn(new TableColumn("simulated\nmode").RightAligned());
        }

        if (report.Solutions.Count == 0)
        {
            table.AddColumn("");
            table.AddRow("", "[dim]no outcome leaves every party at least as well off as no deal[/]");
            return table;
        }

        var issues = report.Zones.Select(z => z.Issue).ToList();
        foreach (var issue in issues)
        {
            var cells = new List<string> { ConsoleText.Markup(words.Issue(issue)) };
            cells.AddRange(report.Solutions.Select(s => s.Agreed.TryGetValue(issue, out var v) ? F(v) : "[dim]-[/]"));
            if (modal is not null)
            {
                cells.Add(modal.Agreed.TryGetValue(issue, out var m) ? F(m) : "[dim]-[/]");
            }

            table.AddRow(cells.ToArray());
        }

        foreach (var party in report.Parties)
        {
            var cells = new List<string> { $"[bold]u({ConsoleText.Markup(words.Party(party))})[/]" };
            cells.AddRange(report.Solutions.Select(s => F(s.Utilities[party], 3)));
            if (modal is not null)
            {
                cells.Add(F(modal.Utilities[party], 3));
            }

            table.AddRow(cells.ToArray());
        }

        if (modal is not null)
        {
            var utility = new List<string> { "distance from mode: utility" };
            utility.AddRange(report.Solutions.Select(s => F(s.UtilityDistanceFromModal ?? 0, 3)));
            var points = new List<string> { "distance from mode: points/issue" };
            points.AddRange(report.Solutions.Select(s => F(s.IssueDistanceFromModal ?? 0)));
            table.AddRow([.. utility, ""]);
            table.AddRow([.. points, ""]);
        }

        return table;
    }

    private static string Short(string concept) => concept switch
    {
        "nash" => "Nash",
        "weighted-nash" => "weighted\nNash",
        "kalai-smorodinsky" => "Kalai-\nSmorodinsky",
        "egalitarian" => "egali-\ntarian",
        "utilitarian" => "utili-\ntarian",
        _ => concept,
    };

    private static void WriteModal(IAnsiConsole console, ScenarioAnalysisReport report, ScenarioWording words)
    {
        if (report.Simulated is not { } modal)
        {
            return;
        }

        var agreed = modal.Agreed.Count == 0 ? "nothing" : string.Join(", ", modal.Agreed.Select(a => $"{words.Issue(a.Key)} {F(a.Value)}"));
        console.WriteLine(ConsoleText.Plain(
            $"Simulated mode: the most frequent outcome of {modal.Runs} runs ({modal.Protocol}, seed {modal.Seed}), " +
            $"{F(modal.Share * 100)}% of runs: agreed {agreed}."));
    }

    private static Table Power(PowerReport power, ScenarioWording words)
    {
        var table = new Table().Title($"Voting power: {ConsoleText.Markup(power.Description)} (quota {F(power.Quota)})")
            .AddColumn("party").AddColumn(new TableColumn("capability").RightAligned())
            .AddColumn(new TableColumn("Shapley-Shubik").RightAligned()).AddColumn(new TableColumn("Banzhaf (normalised)").RightAligned());
        foreach (var e in power.Entries)
        {
            table.AddRow(ConsoleText.Markup(words.Party(e.Party)) + (e.Required ? " [dim](must endorse)[/]" : ""), F(e.Weight), F(e.ShapleyShubik, 3), F(e.Banzhaf, 3));
        }

        return table;
    }

    private static string F(double value, int decimals = 1) =>
        value.ToString(decimals == 1 ? "0.#" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
}
