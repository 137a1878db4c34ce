using System.Diagnostics;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Benchmarks;

/// <summary>
/// A quick look at the engine (`-- quick [RUNS]`): runs per second of CPU time on one thread (the
/// process's CPU time, so garbage collection counts and other processes on a shared machine do not)
/// and bytes allocated per run, for the frozen baseline engine and the current one, alternated in
/// this process after a second's warm-up each (best of REPEATS each, 3 by default: `-- quick [RUNS] [REPEATS]`), with their ratio and
/// the median of each back-to-back pair's ratio (steadier under a changing load); then the current
/// engine on all cores.
/// </summary>
public static class QuickTiming
{
    private const ulong Seed = 20250516;

    public static void Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        foreach (var file in new[] { "scenarios/istanbul-2025-05-16.yaml", "scenarios/what-if-alternating-offers.yaml" })
        {
            var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.Find(file)));

            // Warm up both engines well past tiered compilation: the runtime waits 100 ms without new
            // first-tier code before it counts calls, then compiles optimised code on a background
            // thread whose CPU time this process's clock would charge to the measured repeats.
            WarmUp(() => BaselineEngine.Accumulate(scenario, Seed, 0, runs / 4));
            WarmUp(() => CurrentEngine.Accumulate(scenario, Seed, 0, runs / 4));
            double baseline = 0, current = 0;
            long baselineBytes = 0, currentBytes = 0;
            var pairRatios = new List<double>();
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                var (b, bBytes) = Measure(() => BaselineEngine.Accumulate(scenario, Seed, 0, runs));
                var (c, cBytes) = Measure(() => CurrentEngine.Accumulate(scenario, Seed, 0, runs));
                baseline = Math.Max(baseline, runs / b);
                current = Math.Max(current, runs / c);
                pairRatios.Add(b / c);
                (baselineBytes, currentBytes) = (bBytes, cBytes);
            }

            pairRatios.Sort();
            Console.WriteLine($"{Path.GetFileName(file)}, {runs:N0} runs on one thread, best of {repeats} (load average {LoadAverage()}):");
            Console.WriteLine($"  baseline engine: {baseline,10:N0} runs per CPU second {baselineBytes / (double)runs,10:N0} bytes/run");
            Console.WriteLine($"  current engine:  {current,10:N0} runs per CPU second {currentBytes / (double)runs,10:N0} bytes/run");
            Console.WriteLine($"  current / baseline: {current / baseline:0.00}x the runs per CPU second, {currentBytes / (double)Math.Max(1, baselineBytes):0.000}x the bytes");
            Console.WriteLine($"  each back-to-back pair's ratio: median {pairRatios[pairRatios.Count / 2]:0.00}x, range {pairRatios[0]:0.00}x to {pairRatios[^1]:0.00}x");
            var wall = Stopwatch.StartNew();
            ExperimentRunner.Run(scenario, runs, Seed);
            Console.WriteLine($"  current engine on all {Environment.ProcessorCount} cores: {runs / wall.Elapsed.TotalSeconds:N0} runs per wall-clock second");
        }
    }

    /// <summary>Runs <paramref name="batch"/> for at least a second of wall-clock time (and at least twice).</summary>
    private static void WarmUp(Action batch)
    {
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < 2 || clock.Elapsed < TimeSpan.FromSeconds(1); k++)
        {
            batch();
        }
    }

    /// <summary>The 1-minute load average where the system reports one (Linux), else "n/a".</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static (double CpuSeconds, long Bytes) Measure(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = process.TotalProcessorTime;
        action();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
