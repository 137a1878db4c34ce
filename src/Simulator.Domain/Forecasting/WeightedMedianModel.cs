namespace Simulator.Domain.Forecasting;

/// <summary>
/// The weighted median on one issue: sort by position and take the first position at which the
/// running total of c·s reaches half the overall total (the median voter, weighted by clout).
/// </summary>
public static class WeightedMedianModel
{
    public static double Forecast(IReadOnlyList<double> capabilities, IReadOnlyList<double> saliences, IReadOnlyList<double> positions)
    {
        var n = IssueInputs.Check(capabilities, saliences, positions);

        // Stable sort by position (ties keep input order) so the result never depends on sort internals.
        var order = Enumerable.Range(0, n).OrderBy(i => positions[i]).ThenBy(i => i).ToArray();
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += capabilities[i] * saliences[i];
        }

        if (total <= 0)
        {
            return positions[order[(n - 1) / 2]];
        }

        var half = total / 2.0;
        var running = 0.0;
        foreach (var i in order)
        {
            running += capabilities[i] * saliences[i];
            if (running >= half)
            {
                return positions[i];
            }
        }

        return positions[order[n - 1]];
    }

    /// <summary>The weighted median on one dimension of a forecast input.</summary>
    public static double Forecast(ForecastInput input, int dimension)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actors = input.Actors;
        return Forecast(
            actors.Select(a => a.Capability).ToArray(),
            actors.Select(a => a.Saliences[dimension]).ToArray(),
            actors.Select(a => a.Positions[dimension]).ToArray());
    }
}
