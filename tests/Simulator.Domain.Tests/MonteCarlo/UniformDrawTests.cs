using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// The sampler draws uniform uncertainties from its own generator without going through
/// MathNet.Numerics: every draw must be bit for bit the one MathNet's sampler makes from the same state.
/// </summary>
public sealed class UniformDrawTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(10.0, 25.0)]
    [InlineData(-0.7, 0.1)]
    [InlineData(85.0, 100.0)]
    [InlineData(1e-9, 3e-9)]
    [InlineData(-1e6, 1e6)]
    [InlineData(40.0, 40.0)]
    public void The_direct_uniform_draw_is_the_generic_one(double min, double max)
    {
        var direct = new Xoshiro256StarStar(7);
        var generic = new Xoshiro256StarStar(7);
        var u = new UniformUncertainty(min, max);
        for (var k = 0; k < 20_000; k++)
        {
            var a = ParameterSampler.Uniform(direct, u);
            var b = ParameterSampler.Draw(u, generic);
            Assert.Equal(BitConverter.DoubleToInt64Bits(b), BitConverter.DoubleToInt64Bits(a));
        }
    }

    [Fact]
    public void A_whole_table_samples_the_same_through_either_path()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        for (ulong seed = 0; seed < 50; seed++)
        {
            var own = ParameterSampler.Sample(scenario.Parameters, new Xoshiro256StarStar(seed));
            var viaRandom = new double[own.Length];
            scenario.Parameters.CopyBaseValuesTo(viaRandom);
            var random = new Xoshiro256StarStar(seed);
            var indices = scenario.Parameters.UncertainIndices;
            var uncertainties = scenario.Parameters.Uncertainties;
            for (var k = 0; k < indices.Count; k++)
            {
                viaRandom[indices[k]] = ParameterSampler.Draw(uncertainties[k], random);
            }

            Assert.Equal(viaRandom.Select(BitConverter.DoubleToInt64Bits), own.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
