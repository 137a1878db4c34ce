using Simulator.Domain.Engine;
using Simulator.Domain.Series;

namespace Simulator.Domain.Classroom;

/// <summary>
/// A class that plays a series (<see cref="SeriesSnapshot"/>) meeting after meeting: each meeting is a
/// <see cref="ClassTable"/> on the series' round, starting from the values <see cref="SeriesRunner.StartValues"/>
/// gives (its events, and the items the class agreed before carried over as the series carries them).
/// </summary>
public static class ClassSeries
{
    public static bool IsSeries(string? snapshot) => snapshot is not null && SeriesSnapshot.IsSnapshot(snapshot);

    public static CompiledSeries Compile(string seriesSnapshot) => CompiledSeries.Compile(SeriesSnapshot.Load(seriesSnapshot));

    /// <summary>The values meeting <paramref name="meeting"/> starts from, given how the class played the one before.</summary>
    public static double[] StartValues(CompiledSeries series, int meeting, IReadOnlyList<double>? previousStart, NegotiationResult? previousResult, List<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (meeting is < 0 || meeting >= series.Rounds.Count)
        {
            throw new ClassInputException($"the series has {series.Rounds.Count} meeting(s); there is no meeting {meeting + 1}");
        }

        RoundRun? previous = null;
        if (meeting > 0)
        {
            ArgumentNullException.ThrowIfNull(previousStart);
            ArgumentNullException.ThrowIfNull(previousResult);
            var start = previousStart.ToArray();
            previous = new RoundRun(series.Rounds[meeting - 1], start, start, previousResult, []);
        }

        return SeriesRunner.StartValues(series, meeting, previous, notes);
    }

    /// <summary>Meeting <paramref name="meeting"/>'s table.</summary>
    public static ClassTable Table(CompiledSeries series, int meeting, IEnumerable<string> humanSeats, IReadOnlyList<double> startValues)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new ClassTable(series.Rounds[meeting].Scenario, humanSeats, startValues);
    }
}
