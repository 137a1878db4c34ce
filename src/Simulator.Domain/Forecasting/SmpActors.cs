namespace Simulator.Domain.Forecasting;

/// <summary>
/// The fixed data of an SMP run in flat arrays on the 0..1 scale: capabilities, saliences
/// (actor-major, N × D), total salience σ_i and challenge weight σ_i·c_i.
/// </summary>
internal sealed class SmpActors
{
    public SmpActors(ForecastInput input)
    {
        Count = input.ActorCount;
        Dimensions = input.DimensionCount;
        Capabilities = new double[Count];
        Saliences = new double[Count * Dimensions];
        TotalSalience = new double[Count];
        ChallengeWeights = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            var actor = input.Actors[i];
            Capabilities[i] = actor.Capability;
            var sigma = 0.0;
            for (var d = 0; d < Dimensions; d++)
            {
                var s = actor.Saliences[d] / 100.0;
                Saliences[(i * Dimensions) + d] = s;
                sigma += s;
            }

            TotalSalience[i] = sigma;
            ChallengeWeights[i] = sigma * actor.Capability;
        }
    }

    public int Count { get; }

    public int Dimensions { get; }

    public double[] Capabilities { get; }

    public double[] Saliences { get; }

    public double[] TotalSalience { get; }

    public double[] ChallengeWeights { get; }

    public ReadOnlySpan<double> SalienceOf(int actor) => Saliences.AsSpan(actor * Dimensions, Dimensions);
}
