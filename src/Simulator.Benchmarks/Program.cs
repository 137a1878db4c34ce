using BenchmarkDotNet.Running;
using Simulator.Benchmarks;

// `dotnet run -c Release --project src/Simulator.Benchmarks -- --filter *` runs every benchmark;
// `-- quick` times the engine with a stopwatch for a fast look.
if (args is ["quick", ..])
{
    QuickTiming.Run();
    return;
}

// `-- forecast-timing` times the forecasting models with a stopwatch.
if (args is ["forecast-timing", ..])
{
    ForecastTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
