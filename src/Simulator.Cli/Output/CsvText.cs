using System.Globalization;
using System.Text;

namespace Simulator.Cli.Output;

/// <summary>RFC 4180 rows with invariant-culture numbers, for the analyst commands' CSV output.</summary>
internal static class CsvText
{
    public static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static void Row(StringBuilder sb, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
