using CsCheck;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>Random forecasting inputs for property tests.</summary>
internal static class Generators
{
    public static Gen<IssueSample> Issue { get; } =
        Gen.Int[1, 15].SelectMany(n => Gen.Select(
            Gen.Double[0.1, 10].Array[n],
            Gen.Double[0, 1].Array[n],
            Gen.Double[0, 100].Array[n],
            (c, s, x) => new IssueSample(c, s, x)));

    /// <summary>3–8 actors on 1–3 dimensions, positions in 0..100, saliences summing to at most 100.</summary>
    public static Gen<ForecastInput> Input { get; } =
        Gen.Int[3, 8].SelectMany(n => Gen.Int[1, 3].SelectMany(d => Gen.Select(
                Gen.Double[0.5, 100].Array[n],
                Gen.Double[0, 100].Array[n * d],
                Gen.Double[0, 1].Array[n * d],
                (c, x, s) => ToInput(n, d, c, x, s))));

    private static ForecastInput ToInput(int n, int d, double[] capabilities, double[] positions, double[] rawSaliences)
    {
        var actors = new ForecastActor[n];
        for (var i = 0; i < n; i++)
        {
            var raw = rawSaliences.AsSpan(i * d, d).ToArray();
            var total = Math.Max(raw.Sum(), 1.0);
            actors[i] = new ForecastActor($"A{i}", "generated", capabilities[i], positions.AsSpan(i * d, d).ToArray(), raw.Select(s => 100 * s / total).ToArray());
        }

        return new ForecastInput("generated", "property test", Enumerable.Range(1, d).Select(k => $"D{k}").ToArray(), actors);
    }
}

/// <summary>One issue's capabilities, saliences and positions.</summary>
internal sealed record IssueSample(double[] Capabilities, double[] Saliences, double[] Positions);
