using BenchmarkDotNet.Running;
using Simulator.Benchmarks;

// `dotnet run -c Release --project src/Simulator.Benchmarks -- --filter *` runs every benchmark;
// `-- quick [RUNS]` times the baseline and the current engine with a stopwatch for a fast look.
if (args is ["quick", ..])
{
    QuickTiming.Run(args);
    return 0;
}

// `-- check [SEEDS] [RUNS]` compares the frozen baseline engine's results with the current engine's.
if (args is ["check", ..])
{
    return EquivalenceCheck.Run(args);
}

// `-- profile [RUNS] [SCENARIO]` runs the engine on one thread for a profiler.
if (args is ["profile", ..])
{
    ProfileLoop.Run(args);
    return 0;
}

// `-- forecast-timing` times the forecasting models with a stopwatch.
if (args is ["forecast-timing", ..])
{
    ForecastTiming.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
