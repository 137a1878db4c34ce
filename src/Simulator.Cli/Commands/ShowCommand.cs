using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Domain.Analysis;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim show FILE`: the parties x issues table (position, salience, red line), the zone of agreement
/// between the principals on each issue, the linkages, each issue's scale; `--explain PATH` prints one
/// parameter's provenance. Parties by name and issues by label; bounds and zones with their meaning on
/// the scale; the scales section gives each issue's id, the name `--set` paths use.
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
        var compiled = CompiledScenario.Compile(scenario);
        var chair = protocol.IsSharedChair ? $"co-mediators {ChairWording.Members(compiled, compiled.Parameters.BaseValues)}" : $"mediator {protocol.MediatorId ?? "none"}";
        console.WriteLine(ConsoleText.Plain(
            $"protocol {Kebab(protocol.Kind.ToString())}, {chair}, " +
            $"{F(protocol.TimeBudgetMinutes.Value)} minutes, {F(protocol.MinutesPerRound.Value)} per round, " +
            $"{Kebab(protocol.Packaging.ToString())}; Monte Carlo {scenario.MonteCarlo.Runs} runs, seed {scenario.MonteCarlo.Seed}"));
        console.WriteLine();
        var words = new ScenarioWording(scenario);
        console.Write(StanceTable(scenario));
        console.WriteLine();
        console.Write(ZoneTable(scenario, words));
        ChairTable.Write(console, protocol.Kind == ProtocolKind.MediatedSingleText ? ChairSeatReport.For(compiled, compiled.Parameters.BaseValues) : null, ChairView.Points(compiled, compiled.Parameters.CopyBaseValues()), compiled.Agenda.Select(i => scenario.Issues[i].Id), words);
        WriteLinkages(console, scenario, words);
        WriteScales(console, scenario);
        ObservedRecordTable.Write(console, scenario);
        return ExitCodes.Success;
    }

    private static Table StanceTable(Scenario scenario)
    {
        var table = new Table().Title("Positions, saliences and red lines (0-100 scale)").AddColumn("issue (status quo)");
        foreach (var party in scenario.Parties)
        {
            var delegation = party.Delegation.Level == DelegationLevel.Leader ? "" : $", {party.Delegation.Level.ToString().ToLowerInvariant()}";
            delegation += party.Present ? "" : ", absent";
            var role = scenario.Protocol.IsSharedChair && scenario.Protocol.ChairIds.Contains(party.Id) ? "co-mediator" : party.Role.ToString().ToLowerInvariant();
            table.AddColumn(new TableColumn($"{ConsoleText.Markup(party.Name)}\n[dim]{role}{delegation}[/]"));
        }

        foreach (var issue in scenario.Issues)
        {
            var signed = issue.Signatories is { } who ? $"\n[dim]signed by {ConsoleText.Markup(string.Join(", ", who.Select(id => scenario.Parties.FirstOrDefault(p => p.Id == id)?.Name ?? id)))}[/]" : "";
            var cells = new List<string> { $"{ConsoleText.Markup(issue.Label)} ({F(issue.StatusQuo.Value)}){signed}" };
            foreach (var party in scenario.Parties)
            {
                // A principal that does not sign the issue: its stance is shown, dimmed, as not binding.
                var binds = party.Role != PartyRole.Principal || issue.NeedsConsentOf(party.Id);
                cells.Add(party.StanceOn(issue.Id) is { } stance ? (binds ? Cell(stance) : $"[dim]{Cell(stance)} (not a signatory)[/]") : "[dim]-[/]");
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

    private static Table ZoneTable(Scenario scenario, ScenarioWording words)
    {
        var table = new Table().Title("Zone of agreement between the principals").AddColumn("issue").AddColumn("zone").AddColumn("why");
        foreach (var zone in IssueZones.Compute(scenario))
        {
            if (zone.IsOpen)
            {
                var issue = scenario.Issue(zone.IssueId);
                var range = zone.Low == 0 && zone.High == 100 ? "[0, 100]"
                    : zone.Low == zone.High ? $"only {ScaleText.Of(issue, zone.Low)}"
                    : $"{ScaleText.Of(issue, zone.Low)} to {ScaleText.Of(issue, zone.High)}";
                table.AddRow(ConsoleText.Markup(words.Issue(zone.IssueId)), $"[green]{ConsoleText.Markup(range)}[/]", ConsoleText.Markup(OpenReason(zone, words)));
            }
            else
            {
                table.AddRow(ConsoleText.Markup(words.Issue(zone.IssueId)), "[red]closed[/]", ConsoleText.Markup(
                    $"{Describe(zone.LowerBound!, words)} vs {Describe(zone.UpperBound!, words)}: gap {F(zone.Gap)}"));
            }
        }

        return table;
    }

    private static string OpenReason(IssueZone zone, ScenarioWording words)
    {
        var binding = new[] { zone.LowerBound, zone.UpperBound }.OfType<ZoneBound>().Select(b => Describe(b, words)).ToList();
        return binding.Count == 0 ? "no principal has a red line or mandate limit here" : "limited by " + string.Join(" and ", binding);
    }

    private static string Describe(ZoneBound bound, ScenarioWording words) =>
        $"{words.Party(bound.PartyId)}'s {(bound.Kind == ZoneBoundKind.RedLine ? "red line" : "mandate")} ({(bound.IsLower ? "min" : "max")} {F(bound.Value)})";

    private static void WriteLinkages(IAnsiConsole console, Scenario scenario, ScenarioWording words)
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
            var then = string.Join(linkage.IsAnyOf ? " or " : " and ", linkage.Requirements.Select(r => linkage.Requirements.Count > 1 ? $"({Condition(r)})" : Condition(r)));
            var kind = linkage.Requirements.Count > 1 ? (linkage.IsAnyOf ? " [any of]" : " [all of]") : "";
            console.WriteLine(ConsoleText.Plain($"  {party.Name} ({linkage.Id}): {words.Text($"if {Condition(linkage.When)} then {then}")}{kind}"));
        }
    }

    /// <summary>Each issue's anchors, so the table's numbers can be read, and its id for `--set` paths.</summary>
    private static void WriteScales(IAnsiConsole console, Scenario scenario)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Scales[/] (what the 0-100 values mean; the id is the name in --set paths)");
        foreach (var issue in scenario.Issues)
        {
            var anchors = string.Join(", ", issue.Anchors.OrderBy(a => a.Value).Select(a => $"{F(a.Value)} '{a.Label}'"));
            var unit = issue.Unit is { } u ? $"; 0-100 = {u.ToUnit(0):N0}-{u.ToUnit(100):N0} {u.Name}" : string.Empty;
            console.WriteLine(ConsoleText.Plain($"  {issue.Label} (id {issue.Id}): {anchors}{unit}"));
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
