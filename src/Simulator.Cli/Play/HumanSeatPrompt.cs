using Simulator.Cli.Output;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Play;

/// <summary>
/// Asks the person in a seat for a decision: y/n on the whole text, then on each separable item, then
/// (after any n) why, in the person's own words. The seat's deadline starts when its first question
/// appears, so each seat has the whole deadline. Decisions given before the deadline are kept; the
/// software agent answers only what was still open. q at any question quits.
/// </summary>
internal sealed class HumanSeatPrompt(TimedPrompt prompt, TimeSpan deadline, ScenarioWording words)
{
    private const int MaxTries = 5;

    public async Task<HumanAnswer> AskAsync(string party, RoundQuestionDto question, CancellationToken cancellationToken)
    {
        var until = prompt.Time.GetUtcNow() + deadline;
        prompt.Console.MarkupLine($"[yellow]{ConsoleText.Markup(words.Party(party))}[/], your decision for round {question.Round + 1} [dim]({deadline.TotalSeconds:0} s for this seat; the software agent answers what is still open then)[/]:");
        var decisions = new List<bool>();
        var questions = new[] { "  accept the whole text?" }
            .Concat(question.SeparableItems.Select(item => $"  accept on its own: {ConsoleText.Markup(item.Display)}?"));
        foreach (var text in questions)
        {
            var decision = await YesNo(text, until, cancellationToken);
            if (decision is null)
            {
                break;
            }

            decisions.Add(decision.Value);
        }

        string? reason = null;
        if (decisions.Contains(false) && prompt.Time.GetUtcNow() < until)
        {
            var reply = await prompt.AskAsync("  why? [dim](your reason, in your words; Enter for none)[/]", until, cancellationToken);
            reason = Quit(reply).Line is { Length: > 0 } line ? line.Trim() : null;
        }

        var items = question.SeparableItems.Select((_, k) => k + 1 < decisions.Count && decisions[k + 1]).ToArray();
        return new HumanAnswer(question.Round, decisions.Count > 0 && decisions[0], items, reason ?? HumanAnswer.NoReasonGiven, decisions.Count);
    }

    /// <summary>y or n; anything else asks again (a few times); null when the deadline passes or the input ends.</summary>
    private async Task<bool?> YesNo(string question, DateTimeOffset until, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxTries; attempt++)
        {
            var reply = Quit(await prompt.AskAsync($"{question} [dim](y/n)[/]", until, cancellationToken));
            switch (reply.Line?.Trim().ToLowerInvariant())
            {
                case null:
                    return null;
                case "y" or "yes":
                    return true;
                case "n" or "no":
                    return false;
            }
        }

        return null;
    }

    private static PromptReply Quit(PromptReply reply) => reply.IsQuit ? throw new PlayQuitException() : reply;
}
