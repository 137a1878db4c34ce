using System.Globalization;

namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// The record as the scenario grades it, in one phrase for a table cell: the grade in words with the
/// value, the range and the round or minute where the record gives them, and what the grade counts
/// as for scoring ("agreed in principle 50 (agreed)", "deferred (not agreed)"); a record without a
/// grade reads "agreed 50" or "not agreed". The run table, the HTML report and the classroom's
/// debrief all print this, so the record reads the same everywhere.
/// </summary>
public static class ObservedText
{
    /// <param name="o">The record (its value and range in the issue's unit when <paramref name="unit"/> is given).</param>
    /// <param name="unit">The issue's unit name ("prisoners per side"), or null for the 0–100 scale.</param>
    public static string Of(ObservedResult o, string? unit)
    {
        ArgumentNullException.ThrowIfNull(o);
        var value = o.Value is { } v ? " " + Value(v, unit) : "";
        var range = o.RangeLow is { } lo && o.RangeHigh is { } hi ? $" [{Value(lo, unit)}..{Value(hi, unit)}]" : "";
        var when = o.Round is { } r ? $", round {r}" : o.Minute is { } m ? $", minute {m.ToString("0.#", CultureInfo.InvariantCulture)}" : "";
        if (o.Grade is not { } grade)
        {
            return o.Agreed ? $"agreed{value}" : "not agreed";
        }

        // "agreed" and "rejected" say what they count as; every other grade says it in brackets.
        var counts = grade is "agreed" or "rejected" ? "" : o.Agreed ? " (agreed)" : " (not agreed)";
        return $"{grade.Replace('-', ' ')}{value}{range}{when}{counts}";
    }

    private static string Value(double v, string? unit) =>
        unit is null ? v.ToString("0.#", CultureInfo.InvariantCulture) : $"{v.ToString("N0", CultureInfo.InvariantCulture)} {unit}";
}
