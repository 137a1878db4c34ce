using System.Globalization;
using System.Text;

namespace Simulator.Domain.Engine;

/// <summary>
/// What one run drew for each uncertain parameter, beside the scenario's value, and the time budget
/// in force for that run: what `sim explain` prints so a reader can tell the run's numbers from the
/// scenario's.
/// </summary>
public static class DrawnValues
{
    /// <summary>The line that opens the drawn values in a transcript.</summary>
    public const string Heading = "Values drawn for this run (the scenario's value in brackets):";

    public static void AppendDrawn(StringBuilder sb, CompiledScenario scenario, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var table = scenario.Parameters;
        if (table.UncertainIndices.Count == 0)
        {
            return;
        }

        sb.AppendLine(Heading);
        foreach (var i in table.UncertainIndices)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {table.Parameters[i].Path} = {Number(values[i])} ({Number(table.BaseValues[i])})").AppendLine();
        }
    }

    /// <summary>"minute 94 of this run's 101-minute budget (the scenario's: 90)": the budget is itself drawn.</summary>
    public static string Budget(CompiledScenario scenario, IReadOnlyList<double> values, double minutes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var drawn = values[scenario.TimeBudget];
        var declared = scenario.Parameters.BaseValues[scenario.TimeBudget];
        return Number(drawn) == Number(declared)
            ? string.Create(CultureInfo.InvariantCulture, $"minute {Number(minutes)} of the {Number(declared)}-minute budget")
            : string.Create(CultureInfo.InvariantCulture, $"minute {Number(minutes)} of this run's {Number(drawn)}-minute budget (the scenario's: {Number(declared)}, drawn from its uncertainty)");
    }

    private static string Number(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
