using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Contracts.Sessions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Cli.Play;

/// <summary>How `sim play` draws the table for a projector: the draft with each principal's answer, the reasons, the outcome.</summary>
internal static class SessionView
{
    /// <summary>A round just put: the draft, answers still to come.</summary>
    public static IRenderable Round(SessionInfo info, RoundQuestionDto question) =>
        Draw(info, question.Round, question.Minute, question.Events, question.Text, question.SeparableItems, null);

    /// <summary>A closed round: the draft with every answer and the reasons.</summary>
    public static IRenderable Round(SessionInfo info, RoundSummary closed) =>
        Draw(info, closed.Round, closed.Minute, closed.Events, closed.Text, closed.SeparableItems, closed);

    private static IRenderable Draw(SessionInfo info, int round, double minute, string[] events, DraftItem[] text, DraftItem[] separable, RoundSummary? closed)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]Round {round + 1}[/], minute {minute.ToString("0", CultureInfo.InvariantCulture)}")
            .AddColumn("draft text");
        foreach (var party in info.Principals)
        {
            table.AddColumn(new TableColumn(ConsoleText.Markup(party) + (info.HumanParties.Contains(party) ? " [yellow](person)[/]" : "")).Centered());
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
        if (closed is not null)
        {
            parts.Add(Reasons(closed));
        }

        return new Rows(parts);
    }

    public static IRenderable Outcome(SessionOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Heavy).Title($"[bold]Outcome[/] after {outcome.Rounds} round(s): {ConsoleText.Markup(outcome.Explanation)}")
            .AddColumn("issue").AddColumn("result");
        foreach (var issue in outcome.Issues)
        {
            table.AddRow(
                new Markup(ConsoleText.Markup(issue.Issue)),
                issue.Agreed
                    ? new Markup($"[green]agreed[/] {ConsoleText.Markup(issue.Value ?? "")}")
                    : new Markup($"[red]not agreed[/]: {ConsoleText.Markup(issue.BlockedBy ?? "")}"));
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

    private static IRenderable Reasons(RoundSummary closed)
    {
        var lines = new List<string>();
        foreach (var answer in closed.Answers.Where(a => !a.OnText.Accepted))
        {
            var who = ConsoleText.Markup(answer.PartyId) + (answer.ByHuman ? " (person)" : "");
            lines.AddRange(answer.OnText.Objections.Select(o => $"[red]{who}[/]: {ConsoleText.Markup(o.Explanation)}"));
        }

        lines.AddRange(closed.SplitOff.Select(s => $"[green]split off and agreed:[/] {ConsoleText.Markup(s.Display)}"));
        lines.AddRange(closed.NotTabled.Select(n => $"[dim]not tabled: {ConsoleText.Markup(n)}[/]"));
        return new Markup(lines.Count == 0 ? "[green]the whole text is accepted[/]" : string.Join("\n", lines));
    }
}
