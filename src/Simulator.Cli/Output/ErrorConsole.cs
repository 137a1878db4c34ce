using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// Standard error as an <see cref="IAnsiConsole"/>, injected beside the standard-output console:
/// error messages, announcements and the progress bar go here, so piped JSON and CSV stay clean.
/// </summary>
public sealed class ErrorConsole(IAnsiConsole console, bool isTerminal)
{
    public IAnsiConsole Console { get; } = console;

    /// <summary>True when standard error is a terminal: only then is a live progress bar drawn.</summary>
    public bool IsTerminal { get; } = isTerminal;

    /// <summary>The process's own standard error.</summary>
    public static ErrorConsole ForProcess() => new(
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }),
        !System.Console.IsErrorRedirected);

    /// <summary>One line of plain text (escaped for the terminal, never parsed as markup).</summary>
    public void Line(string text) => Console.WriteRawLine(ConsoleText.Plain(text));
}
