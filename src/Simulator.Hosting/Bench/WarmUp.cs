using System.Diagnostics;

namespace Simulator.Hosting.Bench;

/// <summary>
/// Runs a benchmark's warm-up until it has taken at least a given time. The runtime waits for a
/// pause in new code before it counts calls, then compiles the hot methods on a background thread,
/// so a warm-up of a fixed number of runs, short with a fast engine, leaves the timing to measure
/// code that is not final yet.
/// </summary>
public static class WarmUp
{
    /// <summary>Runs <paramref name="round"/> once, then again while less than <paramref name="time"/> has passed, at most <paramref name="maxRounds"/> times.</summary>
    public static async Task ForAtLeast(TimeSpan time, int maxRounds, Func<Task> round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var started = Stopwatch.GetTimestamp();
        for (var k = 0; k < maxRounds && (k == 0 || Stopwatch.GetElapsedTime(started) < time); k++)
        {
            await round();
        }
    }
}
