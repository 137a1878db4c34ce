using System.Globalization;
using System.Text;

namespace Simulator.Domain.Calibration;

/// <summary>
/// Writes a calibration as an overlay on the calibrated file: every parameter the record moved
/// beyond chance gets as its uncertainty the uniform whose central 90% is its 90% posterior
/// interval (clipped to the declared range), and keeps its written value
/// when that lies inside (else the nearest end of the interval); the others keep the base's priors. Sources, quotes and confidences are inherited
/// from the base (JSON Merge Patch merges mappings), and the other uncertainty kinds are nulled so
/// exactly one remains.
/// </summary>
public static class CalibratedOverlay
{
    public static string Write(CalibrationResult result, string basePath, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(basePath);
        var root = new Node();
        var written = 0;
        foreach (var p in result.Parameters.Where(p => p.Moved && p.Parameter.Round is null))
        {
            var segments = p.Path.Split('.');
            if (segments.Any(s => s.Length == 0 || char.IsDigit(s[0])))
            {
                // A value inside a list cannot be overlaid without repeating the list.
                continue;
            }

            var node = root;
            foreach (var s in segments)
            {
                node = node.Child(s);
            }

            node.Posterior = p;
            written++;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Written by `{command}`:\n");
        text.Append(CultureInfo.InvariantCulture, $"# {result.Accepted:N0} of {result.Runs:N0} runs ({CalibrationResult.Pct(result.AcceptanceRate, 2)}) reproduced the record, seed {result.Seed}.\n");
        text.Append(CultureInfo.InvariantCulture, $"# {written} parameter(s) the record moved beyond chance take as uncertainty the uniform whose central\n");
        text.Append("# 90% is their 90% posterior interval (a written value outside it moves to its nearest end); every\n");
        text.Append("# other parameter keeps the base's prior.\n");
        text.Append("base: ").Append(Quote(basePath.Replace('\\', '/'))).Append('\n');
        text.Append("id: ").Append(Quote(result.Scenario + "-calibrated")).Append('\n');
        text.Append("title: ").Append(Quote(result.Title + " (calibrated to the record)")).Append('\n');
        foreach (var (key, child) in root.Children)
        {
            Emit(text, key, child, 0);
        }

        return text.ToString();
    }

    private static void Emit(StringBuilder text, string key, Node node, int indent)
    {
        var pad = new string(' ', indent);
        if (node.Posterior is { } p)
        {
            var decimals = Decimals(p.Max - p.Min);
            var (uniformLow, uniformHigh) = p.UniformMatchingPosterior();
            var low = Math.Max(p.Min, Round(uniformLow, decimals, Math.Floor));
            var high = Math.Min(p.Max, Round(uniformHigh, decimals, Math.Ceiling));
            var value = Math.Clamp(p.Parameter.Parameter.Value, low, high);
            text.Append(CultureInfo.InvariantCulture, $"{pad}# prior mean {F(p.Prior.Mean, decimals)}, 90% [{F(p.Prior.Low, decimals)}, {F(p.Prior.High, decimals)}]; posterior mean {F(p.Posterior.Mean, decimals)}; KS distance {p.Distance:0.00}\n");
            text.Append(pad).Append(key).Append(":\n");
            text.Append(pad).Append("  value: ").Append(F(value, decimals)).Append('\n');
            text.Append(pad).Append("  uncertainty: {uniform: [").Append(F(low, decimals)).Append(", ").Append(F(high, decimals)).Append("], triangular: null, normal: null}\n");
            return;
        }

        text.Append(pad).Append(key).Append(":\n");
        foreach (var (childKey, child) in node.Children)
        {
            Emit(text, childKey, child, indent + 2);
        }
    }

    /// <summary>Enough decimals to resolve a thousandth of the parameter's range.</summary>
    private static int Decimals(double range) => Math.Clamp((int)Math.Ceiling(-Math.Log10(range / 1000)), 0, 6);

    private static double Round(double value, int decimals, Func<double, double> direction)
    {
        var scale = Math.Pow(10, decimals);
        return direction(Math.Round(value * scale, 6)) / scale;
    }

    private static string F(double value, int decimals) => value.ToString("0." + new string('#', Math.Max(1, decimals)), CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private sealed class Node
    {
        public List<(string Key, Node Child)> Children { get; } = [];

        public ParameterPosterior? Posterior { get; set; }

        public Node Child(string key)
        {
            foreach (var (k, c) in Children)
            {
                if (k == key)
                {
                    return c;
                }
            }

            var child = new Node();
            Children.Add((key, child));
            return child;
        }
    }
}
