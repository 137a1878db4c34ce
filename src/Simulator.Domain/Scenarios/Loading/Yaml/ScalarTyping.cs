using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>The YAML 1.2 core schema for plain scalars, minus .inf and .nan (a scenario never needs them).</summary>
internal static partial class ScalarTyping
{
    public static ScalarKind Classify(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarKind.Boolean;
        }

        return NumberPattern().IsMatch(text) && TryNumber(text, out _) ? ScalarKind.Number : ScalarKind.String;
    }

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
