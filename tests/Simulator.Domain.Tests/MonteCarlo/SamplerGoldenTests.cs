using System.Globalization;
using System.Text;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// Pins the parameter sampler's first draws (round-trip precision), so that a change in how
/// MathNet.Numerics turns uniform numbers into a distribution's samples (a package upgrade) shows
/// as a failing test naming the parameter, not as silently different experiments. Regenerate with
/// tests/update-golden.sh when such a change is intended.
/// </summary>
public sealed class SamplerGoldenTests
{
    private const ulong Seed = 20250516;

    [Fact]
    public void Baseline_first_runs_draw_the_pinned_parameter_values()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        var table = scenario.Parameters;
        var text = new StringBuilder();
        for (var run = 0; run < 3; run++)
        {
            var values = ParameterSampler.Sample(table, new Xoshiro256StarStar(SplitMix64.RunSeed(Seed, run)));
            foreach (var i in table.UncertainIndices)
            {
                text.Append(CultureInfo.InvariantCulture, $"run {run} {table.Parameters[i].Path} = {values[i]:R}\n");
            }
        }

        AssertLinesEqual("sampler-istanbul-first-runs.txt", text.ToString());
    }

    [Fact]
    public void Each_distribution_kind_draws_the_pinned_first_values()
    {
        // The baseline declares only uniform and triangular ranges; the normal is pinned here.
        (string Label, Uncertainty Uncertainty)[] kinds =
        [
            ("uniform [10, 30]", new UniformUncertainty(10, 30)),
            ("triangular [0, 20, 100]", new TriangularUncertainty(0, 20, 100)),
            ("normal 50 sd 15 in [0, 100]", new NormalUncertainty(50, 15, 0, 100)),
            ("normal 50 sd 40 in [20, 80]", new NormalUncertainty(50, 40, 20, 80)),
        ];
        var random = new Xoshiro256StarStar(Seed);
        var text = new StringBuilder();
        foreach (var (label, uncertainty) in kinds)
        {
            for (var k = 0; k < 5; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{label} draw {k} = {ParameterSampler.Draw(uncertainty, random):R}\n");
            }
        }

        AssertLinesEqual("sampler-distribution-first-draws.txt", text.ToString());
    }

    private static void AssertLinesEqual(string goldenName, string actual)
    {
        var expected = GoldenFile.Expected(goldenName, actual).Split('\n');
        var lines = actual.Split('\n');
        for (var k = 0; k < Math.Min(expected.Length, lines.Length); k++)
        {
            Assert.True(expected[k] == lines[k], $"{goldenName} line {k + 1}:\nexpected {expected[k]}\nactual   {lines[k]}");
        }

        Assert.Equal(expected.Length, lines.Length);
    }
}
