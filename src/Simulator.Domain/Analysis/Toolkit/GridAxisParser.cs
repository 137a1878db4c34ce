using System.Globalization;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Parses `--param PATH=FROM..TO:STEPS` (STEPS is the number of grid points, at least 2).</summary>
public static class GridAxisParser
{
    public const int MaxSteps = 201;
    private const string Example = "--param parties.russia.concessionBeta=0.2..2:10";

    public static GridAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw Bad(text, "it is not PATH=FROM..TO:STEPS");
        }

        var path = text[..equals].Trim();
        var spec = text[(equals + 1)..].Trim();
        var dots = spec.IndexOf("..", StringComparison.Ordinal);
        var colon = spec.LastIndexOf(':');
        if (dots <= 0 || colon < dots + 2)
        {
            throw Bad(text, "the range must be FROM..TO:STEPS");
        }

        var from = Number(text, spec[..dots], "FROM");
        var to = Number(text, spec[(dots + 2)..colon], "TO");
        if (!int.TryParse(spec[(colon + 1)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var steps))
        {
            throw Bad(text, $"STEPS '{spec[(colon + 1)..]}' is not a whole number");
        }

        if (steps < 2 || steps > MaxSteps)
        {
            throw Bad(text, $"STEPS is the number of grid points and must be between 2 and {MaxSteps}; got {steps}");
        }

        if (from == to)
        {
            throw Bad(text, $"the range {Format(from)}..{Format(to)} is empty");
        }

        if (from > to)
        {
            throw Bad(text, $"the range is reversed ({Format(from)} is above {Format(to)}); write {Format(to)}..{Format(from)}");
        }

        return new GridAxis(path, from, to, steps);
    }

    private static double Number(string text, string token, string what)
    {
        if (!double.TryParse(token.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Bad(text, $"{what} '{token.Trim()}' is not a number");
        }

        return value;
    }

    private static string Format(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static AnalysisInputException Bad(string text, string problem) =>
        new($"--param {text}: {problem}. Write e.g. {Example}");
}
