namespace Simulator.Cli.Commands;

/// <summary>The output formats result-printing commands accept.</summary>
public static class OutputFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";

    public static bool IsKnown(string format) => format is Table or Json or Csv;
}
