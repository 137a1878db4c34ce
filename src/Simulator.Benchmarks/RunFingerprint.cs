using System.Globalization;
using System.Text;
using Simulator.Domain.Engine;

namespace Simulator.Benchmarks;

/// <summary>One run's outcome as text with every number in round-trip form, so two engines' runs compare exactly.</summary>
public static class RunFingerprint
{
    public static string Of(int rounds, double minutes, EndReason end, IEnumerable<(int Issue, bool Agreed, double Value, int Round, string? Key, string? Explanation)> issues)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{rounds} {minutes:R} {end}");
        foreach (var (issue, agreed, value, round, key, explanation) in issues)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{issue} {agreed} {value:R} {round} {key} {explanation}");
        }

        return sb.ToString();
    }
}
