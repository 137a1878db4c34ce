using Simulator.Cli.Output;
using Simulator.Contracts.Sessions;
using Spectre.Console;

namespace Simulator.Cli.Play;

/// <summary>
/// Asks the person in a seat for a decision, one y/n line at a time. It reads plain lines rather than
/// key presses so that it works with a class's projector terminal and with redirected input alike.
/// </summary>
internal static class HumanSeatPrompt
{
    private const int MaxTries = 5;

    public static HumanAnswer Ask(IAnsiConsole console, TextReader input, string party, RoundQuestionDto question)
    {
        console.MarkupLine($"[yellow]{ConsoleText.Markup(party)}[/], your decision for round {question.Round + 1}:");
        var acceptText = YesNo(console, input, "  accept the whole text?");
        var items = question.SeparableItems
            .Select(item => YesNo(console, input, $"  accept on its own: {ConsoleText.Markup(item.Display)}?"))
            .ToArray();
        return new HumanAnswer(question.Round, acceptText, items);
    }

    /// <summary>y or n; anything else asks again (a few times), and end of input means no.</summary>
    private static bool YesNo(IAnsiConsole console, TextReader input, string question)
    {
        for (var attempt = 0; attempt < MaxTries; attempt++)
        {
            console.Markup($"{question} [dim](y/n)[/] ");
            var line = input.ReadLine();
            if (line is null)
            {
                return false;
            }

            switch (line.Trim().ToLowerInvariant())
            {
                case "y" or "yes":
                    return true;
                case "n" or "no":
                    return false;
            }
        }

        return false;
    }
}
