using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// The one place where text from a scenario (labels, units, ids, quotes, file names) is made safe to
/// print: control characters become visible `\uXXXX` escapes (a key holding "\e[2J" cannot clear the
/// screen), and for Spectre markup the brackets are escaped too (a unit "[km]" cannot break a table).
/// </summary>
public static class ConsoleText
{
    /// <summary>For a markup string (MarkupLine, table cells and titles): control characters escaped, then brackets.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(SafeText.Printable(text, keepLineBreaks: true));

    /// <summary>For plain output (WriteLine, CSV and text printed as it is): control characters escaped.</summary>
    public static string Plain(string? text) => SafeText.Printable(text, keepLineBreaks: true);

    /// <summary>
    /// Writes text as it is (JSON, CSV: no markup, no wrapping at the console width) to the console's
    /// output, with control and format characters escaped. In JSON those can only stand inside strings
    /// (the serializer escapes C0 controls but not, say, U+009B or U+202E), where `\uXXXX` means the same.
    /// </summary>
    public static void WriteRaw(this IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        var writer = console.Profile.Out.Writer;
        writer.Write(Plain(text));
        writer.Flush();
    }

    /// <summary><see cref="WriteRaw"/> followed by a line feed.</summary>
    public static void WriteRawLine(this IAnsiConsole console, string text) => console.WriteRaw(text + "\n");
}
