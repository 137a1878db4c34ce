using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.MonteCarlo;

public sealed class RandomTests
{
    [Fact]
    public void SplitMix64_matches_the_reference_sequence_for_seed_zero()
    {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.Next(ref state));
    }

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
