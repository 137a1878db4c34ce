namespace Simulator.Domain.Forecasting;

/// <summary>
/// The actors' positions after a turn (state 0 is the input), with the risk attitudes inferred
/// from them and the probability each actor's position would win (positions closer than 1e-3
/// merged by KTAB's rule; <see cref="GroupOf"/> maps each actor to the last listed position
/// within 1e-3 of its own). Positions are on the 0..100 scale, indexed [actor][dimension].
/// </summary>
public sealed record SmpState(
    int Index,
    IReadOnlyList<IReadOnlyList<double>> Positions,
    IReadOnlyList<double> RiskAttitudes,
    IReadOnlyList<double> Probabilities,
    IReadOnlyList<int> UniqueRepresentatives,
    IReadOnlyList<double> UniqueProbabilities,
    IReadOnlyList<int> GroupOf,
    double Movement)
{
    /// <summary>Σ_u p_u · x_u over the merged positions: the probability-weighted forecast.</summary>
    public IReadOnlyList<double> ProbabilityWeightedForecast()
    {
        var dims = Positions[0].Count;
        var forecast = new double[dims];
        for (var u = 0; u < UniqueRepresentatives.Count; u++)
        {
            var position = Positions[UniqueRepresentatives[u]];
            for (var d = 0; d < dims; d++)
            {
                forecast[d] += UniqueProbabilities[u] * position[d];
            }
        }

        return forecast;
    }

    /// <summary>The merged position most likely to win (ties: the first).</summary>
    public IReadOnlyList<double> ModalForecast()
    {
        var best = 0;
        for (var u = 1; u < UniqueProbabilities.Count; u++)
        {
            if (UniqueProbabilities[u] > UniqueProbabilities[best])
            {
                best = u;
            }
        }

        return Positions[UniqueRepresentatives[best]];
    }
}
