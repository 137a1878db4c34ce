using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Scenarios;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Cli.Play;

/// <summary>
/// How `sim play` draws the table for a projector: the draft with each principal's answer, the
/// reasons, why items were held short of a linkage's trigger, the outcome; in party names and issue
/// labels, as `sim explain` words them (the session's DTOs and `--out`'s JSON keep ids).
/// </summary>
internal static class SessionView
{
    /// <summary>A round just put: the draft, answers still to come.</summary>
    public static IRenderable Round(SessionInfo info, RoundQuestionDto question, ScenarioWording words) =>
        Draw(info, words, question.Round, question.Minute, question.Events, question.Text, question.SeparableItems, question.HeldShort, null);

    /// <summary>A closed round: the draft with every answer and the reasons.</summary>
    public static IRenderable Round(SessionInfo info, RoundSummary closed, ScenarioWording words) =>
        Draw(info, words, closed.Round, closed.Minute, closed.Events, closed.Text, closed.SeparableItems, closed.HeldShort, closed);

    private static IRenderable Draw(SessionInfo info, ScenarioWording words, int round, double minute, string[] events, DraftItem[] text, DraftItem[] separable, string[]? heldShort, RoundSummary? closed)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]Round {round + 1}[/], minute {minute.ToString("0", CultureInfo.InvariantCulture)}")
            .AddColumn("draft text");
        foreach (var party in info.Principals)
        {
            table.AddColumn(new TableColumn(ConsoleText.Markup(words.Party(party)) + (info.HumanParties.Contains(party) ? " [yellow](person)[/]" : "")).Centered());
        }

        var whole = new List<IRenderable> { new Markup("[bold]whole text[/]") };
        whole.AddRange(info.Principals.Select(p => Verdict(closed, p, a => a.OnText)));
        table.AddRow(whole);
        foreach (var item in text)
        {
            var k = Array.FindIndex(separable, s => s.IssueIndex == item.IssueIndex);
            var row = new List<IRenderable> { new Markup(ConsoleText.Markup(item.Display)) };
            row.AddRange(info.Principals.Select(p => k < 0 ? new Markup("[dim]in package[/]") : Verdict(closed, p, a => a.OnItems[k])));
            table.AddRow(row);
        }

        var parts = new List<IRenderable>();
        if (events.Length > 0)
        {
            parts.Add(new Markup(string.Join("\n", events.Select(e => $"[yellow]event:[/] {ConsoleText.Markup(e)}"))));
        }

        parts.Add(table);
        if (heldShort is { Length: > 0 })
        {
            parts.Add(new Markup(string.Join("\n", heldShort.Select(n => $"[blue]held short of a trigger:[/] {ConsoleText.Markup(words.Text(n))}"))));
        }

        if (closed is not null)
        {
            parts.Add(Reasons(closed, words));
        }

        return new Rows(parts);
    }

    public static IRenderable Outcome(SessionOutcome outcome, ScenarioWording words)
    {
        var table = new Table().Border(TableBorder.Heavy).Title($"[bold]Outcome[/] after {outcome.Rounds} round(s): {ConsoleText.Markup(outcome.Explanation)}")
            .AddColumn("issue").AddColumn("result");
        foreach (var issue in outcome.Issues)
        {
            table.AddRow(
                new Markup(ConsoleText.Markup(words.Issue(issue.Issue))),
                issue.Agreed
                    ? new Markup($"[green]agreed[/] {ConsoleText.Markup(issue.Value ?? "")}")
                    : new Markup($"[red]not agreed[/]: {ConsoleText.Markup(words.Text(issue.BlockedBy ?? ""))}"));
        }

        return table;
    }

    private static IRenderable Verdict(RoundSummary? closed, string party, Func<PartyAnswerDto, ResponseDto> pick)
    {
        var answer = closed?.Answers.FirstOrDefault(a => a.PartyId == party);
        if (answer is null)
        {
            return new Markup("[dim]…[/]");
        }

        return pick(answer).Accepted ? new Markup("[green]accepts[/]") : new Markup("[red]rejects[/]");
    }

    private static IRenderable Reasons(RoundSummary closed, ScenarioWording words)
    {
        var lines = new List<string>();
        foreach (var answer in closed.Answers.Where(a => !a.OnText.Accepted))
        {
            var who = ConsoleText.Markup(words.Party(answer.PartyId)) + (answer.ByHuman ? " (person)" : "");
            lines.AddRange(answer.OnText.Objections.Select(o => $"[red]{who}[/]: {ConsoleText.Markup(Reason(answer, o, words))}"));
        }

        lines.AddRange(closed.SplitOff.Select(s => $"[green]split off and agreed:[/] {ConsoleText.Markup(s.Display)}"));
        lines.AddRange(closed.NotTabled.Select(n => $"[dim]not tabled: {ConsoleText.Markup(NotTabled(n, words))}[/]"));
        return new Markup(lines.Count == 0 ? "[green]the whole text is accepted[/]" : string.Join("\n", lines));
    }

    /// <summary>An objection's reason in words; a person's own reason stays exactly as typed.</summary>
    internal static string Reason(PartyAnswerDto answer, ObjectionDto objection, ScenarioWording words) =>
        answer.ByHuman && objection.Kind == nameof(Domain.Engine.ObjectionKind.Declined) ? objection.Explanation : words.Text(objection.Explanation);

    /// <summary>A not-tabled line ("issue_id: engine reason") as `sim explain` prints it ("Issue label: reason in words").</summary>
    internal static string NotTabled(string line, ScenarioWording words)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? words.Text(line) : $"{words.Issue(line[..colon])}: {words.Text(line[(colon + 2)..])}";
    }
}
