using System.Globalization;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>
/// Reads a history in KTAB's printed layout (`NAME, DIMENSION: x x x` and `NAME, prob : p p p`
/// lines), as KTAB itself prints it (with its heading lines, padded dimension names and trailing
/// spaces) or as <c>KtabHistoryWriter</c> does. Keys are the text before the colon without spaces.
/// </summary>
internal static class KtabHistory
{
    /// <summary>Printed to 0.1 and to 4 decimals: half the last printed digit.</summary>
    public const double PositionTolerance = 0.05;

    public const double ProbabilityTolerance = 0.00005;

    public static Dictionary<string, double[]> Parse(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var values = colon < 0 ? [] : line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (values.Length == 0)
            {
                continue; // a heading such as "History of actor positions over time:"
            }

            var key = line[..colon].Replace(" ", string.Empty, StringComparison.Ordinal);
            result.Add(key, [.. values.Select(v => double.Parse(v, CultureInfo.InvariantCulture))]);
        }

        return result;
    }

    /// <summary>Every value of <paramref name="actual"/> that differs from KTAB's by more than the printed precision, as readable lines.</summary>
    public static List<string> Differences(Dictionary<string, double[]> expected, Dictionary<string, double[]> actual)
    {
        var differences = new List<string>();
        foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!expected.TryGetValue(key, out var want) || !actual.TryGetValue(key, out var got))
            {
                differences.Add($"{key}: only in {(expected.ContainsKey(key) ? "KTAB's" : "our")} history");
                continue;
            }

            if (want.Length != got.Length)
            {
                differences.Add($"{key}: KTAB has {want.Length} states, we have {got.Length}");
                continue;
            }

            var tolerance = key.EndsWith("prob", StringComparison.Ordinal) ? ProbabilityTolerance : PositionTolerance;
            for (var t = 0; t < want.Length; t++)
            {
                if (Math.Abs(want[t] - got[t]) > tolerance + 1e-12)
                {
                    differences.Add($"{key} state {t}: KTAB {want[t].ToString(CultureInfo.InvariantCulture)}, ours {got[t].ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }

        return differences;
    }
}
