using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Domain.Analysis;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim show FILE`: the parties x issues table (position, salience, red line), the zone of agreement
/// between the principals on each issue, the linkages; `--explain PATH` prints one parameter's provenance.
/// </summary>
public sealed class ShowCommand(IAnsiConsole console) : Command<ShowSettings>
{
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot);
        if (settings.Explain is { } path)
        {
            ParameterExplanation.Write(console, scenario, path);
            return ExitCodes.Success;
        }

        console.MarkupLine($"[bold]{ConsoleText.Markup(scenario.Title)}[/] ({ConsoleText.Markup(scenario.Id)})");
        var protocol = scenario.Protocol;
        console.WriteLine(ConsoleText.Plain(
            $"protocol {Kebab(protocol.Kind.ToString())}, mediator {protocol.MediatorId ?? "none"}, " +
            $"{F(protocol.TimeBudgetMinutes.Value)} minutes, {F(protocol.MinutesPerRound.Value)} per round, " +
            $"{Kebab(protocol.Packaging.ToString())}; Monte Carlo {scenario.MonteCarlo.Runs} runs, seed {scenario.MonteCarlo.Seed}"));
        console.WriteLine();
        console.Write(StanceTable(scenario));
        console.WriteLine();
        console.Write(ZoneTable(scenario));
        WriteLinkages(console, scenario);
        ObservedRecordTable.Write(console, scenario);
        return ExitCodes.Success;
    }

    private static Table StanceTable(Scenario scenario)
    {
        var table = new Table().Title("Positions, saliences and red lines (0-100 scale)").AddColumn("issue (status quo)");
        foreach (var party in scenario.Parties)
        {
            var delegation = party.Delegation.Level == DelegationLevel.Leader ? "" : $", {party.Delegation.Level.ToString().ToLowerInvariant()}";
            table.AddColumn(new TableColumn($"{ConsoleText.Markup(party.Id)}\n[dim]{party.Role.ToString().ToLowerInvariant()}{delegation}[/]"));
        }

        foreach (var issue in scenario.Issues)
        {
            var cells = new List<string> { $"{ConsoleText.Markup(issue.Id)} ({F(issue.StatusQuo.Value)})" };
            foreach (var party in scenario.Parties)
            {
                cells.Add(party.StanceOn(issue.Id) is { } stance ? Cell(stance) : "[dim]-[/]");
            }

            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string Cell(Stance stance)
    {
        var text = $"{F(stance.Position.Value)} [dim]s[/]{F(stance.Salience.Value)}";
        if (stance.RedLine is { } redLine)
        {
            text += $"\n[red]{ConsoleText.Markup(Interval(redLine.Min?.Value, redLine.Max?.Value))}[/]";
        }

        return text;
    }

    private static Table ZoneTable(Scenario scenario)
    {
        var table = new Table().Title("Zone of agreement between the principals").AddColumn("issue").AddColumn("zone").AddColumn("why");
        foreach (var zone in IssueZones.Compute(scenario))
        {
            if (zone.IsOpen)
            {
                table.AddRow(ConsoleText.Markup(zone.IssueId), $"[green]{ConsoleText.Markup(Interval(zone.Low, zone.High))}[/]", ConsoleText.Markup(OpenReason(zone)));
            }
            else
            {
                table.AddRow(ConsoleText.Markup(zone.IssueId), "[red]closed[/]", ConsoleText.Markup(
                    $"{Describe(zone.LowerBound!)} vs {Describe(zone.UpperBound!)}: gap {F(zone.Gap)}"));
            }
        }

        return table;
    }

    private static string OpenReason(IssueZone zone)
    {
        var binding = new[] { zone.LowerBound, zone.UpperBound }.OfType<ZoneBound>().Select(Describe).ToList();
        return binding.Count == 0 ? "no principal has a red line or mandate limit here" : "limited by " + string.Join(" and ", binding);
    }

    private static string Describe(ZoneBound bound) =>
        $"{bound.PartyId}'s {(bound.Kind == ZoneBoundKind.RedLine ? "red line" : "mandate")} ({(bound.IsLower ? "min" : "max")} {F(bound.Value)})";

    private static void WriteLinkages(IAnsiConsole console, Scenario scenario)
    {
        var linkages = scenario.Parties.SelectMany(p => p.Linkages.Select(l => (Party: p, Linkage: l))).ToList();
        if (linkages.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Linkages[/] (conditional red lines across issues)");
        foreach (var (party, linkage) in linkages)
        {
            console.WriteLine(ConsoleText.Plain($"  {party.Id}.{linkage.Id}: if {Condition(linkage.When)} then {Condition(linkage.Require)}"));
        }
    }

    private static string Condition(IssueCondition condition)
    {
        var parts = new List<string>();
        if (condition.AtLeast is { } atLeast)
        {
            parts.Add($"{condition.IssueId} >= {F(atLeast.Value)}");
        }

        if (condition.AtMost is { } atMost)
        {
            parts.Add($"{condition.IssueId} <= {F(atMost.Value)}");
        }

        return string.Join(" and ", parts);
    }

    private static string Interval(double? min, double? max) => $"[{F(min ?? 0)}, {F(max ?? 100)}]";

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
