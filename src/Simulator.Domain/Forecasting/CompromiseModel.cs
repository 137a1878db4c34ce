namespace Simulator.Domain.Forecasting;

/// <summary>
/// The compromise model: the capability-and-salience weighted mean of positions on one issue.
/// In studies of EU decision data this simple baseline is the one to beat.
/// </summary>
public static class CompromiseModel
{
    /// <summary>Σ c·s·x / Σ c·s; the plain mean of positions when no one cares (all weights 0).</summary>
    public static double Forecast(IReadOnlyList<double> capabilities, IReadOnlyList<double> saliences, IReadOnlyList<double> positions)
    {
        var n = IssueInputs.Check(capabilities, saliences, positions);

        var weighted = 0.0;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var w = capabilities[i] * saliences[i];
            weighted += w * positions[i];
            total += w;
        }

        return total > 0 ? weighted / total : positions.Average();
    }

    /// <summary>The compromise on one dimension of a forecast input.</summary>
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
