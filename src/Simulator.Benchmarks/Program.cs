using BenchmarkDotNet.Running;
using Simulator.Benchmarks;

if (args is ["forecast-timing", ..])
{
    ForecastTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ForecastBenchmarks).Assembly).Run(args);
