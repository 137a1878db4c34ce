using System.Diagnostics;
using Simulator.Domain.Forecasting;

namespace Simulator.Benchmarks;

/// <summary>
/// A quick Stopwatch timing of SMP (`dotnet run -c Release --project src/Simulator.Benchmarks --
/// forecast-timing`): the KTAB inputs, then seeded synthetic inputs of growing size, to find the
/// largest actor count handled in under a second. Cheaper than a full BenchmarkDotNet run.
/// </summary>
public static class ForecastTiming
{
    public static void Run()
    {
        foreach (var file in new[] { "dummyData_3Dim.csv", "dummyData_6Dim.csv", "dummyData-a040.csv", "dummyData-a080.csv" })
        {
            Time(file, ForecastInputs.Ktab(file));
        }

        foreach (var actors in new[] { 100, 150, 200, 250, 300 })
        {
            Time($"synthetic {actors} actors", ForecastInputs.Synthetic(actors, 1, seed: 42));
        }
    }

    private static void Time(string label, ForecastInput input)
    {
        var model = new SpatialModel();
        _ = model.Run(input); // warm up the JIT
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var states = 0;
        using var process = Process.GetCurrentProcess();
        for (var repeat = 0; repeat < 3; repeat++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            states = model.Run(input).States.Count;
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        // CPU time is reported too: on a shared machine the wall clock also counts other people's work.
        Console.WriteLine($"{label,-28} {input.ActorCount,4} actors {states,3} states {best,10:F1} ms wall {bestCpu,10:F1} ms cpu");
    }
}
