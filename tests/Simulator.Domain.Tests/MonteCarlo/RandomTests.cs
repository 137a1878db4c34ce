using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.MonteCarlo;

public sealed class RandomTests
{
    [Fact]
    public void Run_seeds_differ_between_runs_and_between_experiment_seeds()
    {
        var seeds = new HashSet<ulong>();
        for (ulong seed = 0; seed < 20; seed++)
        {
            for (var run = 0; run < 50; run++)
            {
                Assert.True(seeds.Add(SplitMix64.RunSeed(seed, run)));
            }
        }
    }

    [Fact]
    public void Generator_doubles_are_uniform_on_the_unit_interval()
    {
        var random = new Xoshiro256StarStar(123);
        var buckets = new int[10];
        for (var k = 0; k < 100_000; k++)
        {
            var x = random.NextDouble();
            Assert.InRange(x, 0, 1 - double.Epsilon);
            buckets[(int)(x * 10)]++;
        }

        Assert.All(buckets, b => Assert.InRange(b, 9_500, 10_500));
    }
}
