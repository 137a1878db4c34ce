using System.Globalization;
using System.Text;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// A blocker's explanation as a template whose numbers name the parameters they come from
/// (<c>{#12}</c> is parameter 12), so one run can print its own sampled values and an experiment can
/// print the scenario's value with the range sampled across the runs the blocker stopped.
/// </summary>
internal static class BlockerText
{
    /// <summary>The placeholder for parameter <paramref name="index"/>, or the plain number when it has none.</summary>
    public static string Parameter(int index, double value) =>
        index >= 0 ? $"{{#{index.ToString(CultureInfo.InvariantCulture)}}}" : Number(value);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The parameter indices a template names, in order of first appearance.</summary>
    public static IReadOnlyList<int> Parameters(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var found = new List<int>();
        Scan(template, index =>
        {
            if (!found.Contains(index))
            {
                found.Add(index);
            }

            return string.Empty;
        });
        return found;
    }

    /// <summary>The template with every placeholder replaced by <paramref name="render"/> of its parameter index.</summary>
    public static string Fill(string template, Func<int, string> render) => Scan(template, render);

    /// <summary>The template with one run's values.</summary>
    public static string Fill(string template, IReadOnlyList<double> values) => Scan(template, i => Number(values[i]));

    /// <summary>
    /// The template over an experiment: each number is the scenario's value, followed by the range
    /// sampled across runs when that differs ("15 (10–25 in the runs it blocked)").
    /// </summary>
    public static string FillAggregate(string template, IReadOnlyList<double> baseValues, IReadOnlyDictionary<int, (double Min, double Max)> ranges)
    {
        ArgumentNullException.ThrowIfNull(baseValues);
        ArgumentNullException.ThrowIfNull(ranges);
        return Scan(template, i =>
        {
            var text = Number(baseValues[i]);
            return ranges.TryGetValue(i, out var range) && Number(range.Min) != Number(range.Max)
                ? $"{text} ({Number(range.Min)}–{Number(range.Max)} in the runs it blocked)"
                : text;
        });
    }

    private static string Scan(string template, Func<int, string> render)
    {
        var sb = new StringBuilder(template.Length);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf("{#", at, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0 || !int.TryParse(template.AsSpan(open + 2, close - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                break;
            }

            sb.Append(template, at, open - at).Append(render(index));
            at = close + 1;
        }

        return sb.Append(template, at, template.Length - at).ToString();
    }
}
