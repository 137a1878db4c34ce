using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 mixer (2014): a stable, well-distributed function from 64-bit
/// inputs to 64-bit outputs. Used to derive each run's generator seed from (experiment seed, run
/// index), so results do not depend on how runs are batched or where they execute.
/// </summary>
internal static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next value of a SplitMix64 stream with state <paramref name="state"/>.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>The seed of run <paramref name="runIndex"/> of an experiment seeded with <paramref name="seed"/>.</summary>
    public static ulong RunSeed(ulong seed, long runIndex) => Mix(Mix(seed) ^ Mix((ulong)runIndex + Gamma));
}
