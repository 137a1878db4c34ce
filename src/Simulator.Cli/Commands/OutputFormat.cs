using Simulator.Cli.Output;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>The output formats result-printing commands accept.</summary>
public static class OutputFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";

    public static bool IsKnown(string format) => format is Table or Json or Csv;

    /// <summary>Prints a result in the chosen format: JSON and CSV on standard output (for scripts), the table on the console.</summary>
    public static void Print(IAnsiConsole console, string format, Func<string> json, Func<string> csv, Action<IAnsiConsole> table)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(table);
        switch (format)
        {
            case Json:
                console.WriteRawLine(json());
                break;
            case Csv:
                console.WriteRaw(ConsoleText.Plain(csv()));
                break;
            default:
                table(console);
                break;
        }
    }
}
