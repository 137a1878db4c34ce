using System.Globalization;
using System.Text;

namespace Simulator.Domain.Forecasting;

/// <summary>
/// Writes an SMP run in the layout of KTAB's own history printout, so that runs can be diffed
/// against KTAB: one line per actor and dimension with %5.1f positions, then one `prob :` line
/// per actor with four decimals.
/// </summary>
public static class KtabHistoryWriter
{
    public static string Write(SmpResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var input = result.Input;
        var builder = new StringBuilder();
        for (var i = 0; i < input.ActorCount; i++)
        {
            for (var d = 0; d < input.DimensionCount; d++)
            {
                builder.Append(input.Actors[i].Name).Append(", ").Append(input.DimensionNames[d]).Append(':');
                foreach (var state in result.States)
                {
                    builder.Append(' ').Append(state.Positions[i][d].ToString("F1", CultureInfo.InvariantCulture).PadLeft(5));
                }

                builder.Append('\n');
            }
        }

        for (var i = 0; i < input.ActorCount; i++)
        {
            builder.Append(input.Actors[i].Name).Append(", prob :");
            foreach (var state in result.States)
            {
                builder.Append(' ').Append(state.Probabilities[i].ToString("F4", CultureInfo.InvariantCulture));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
