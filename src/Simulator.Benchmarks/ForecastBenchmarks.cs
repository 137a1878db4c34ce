using BenchmarkDotNet.Attributes;
using Simulator.Domain.Forecasting;

namespace Simulator.Benchmarks;

/// <summary>
/// KTAB's SMP on its reference inputs (reference C++ build, one thread: ~3.5 s for a040, ~50 s
/// for a080) and the expected-utility model on the Scholz example.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private ForecastInput dummy3Dim = null!;
    private ForecastInput a040 = null!;
    private ForecastInput a080 = null!;
    private IReadOnlyList<BdmActor> bdmExample = null!;

    [GlobalSetup]
    public void Setup()
    {
        dummy3Dim = ForecastInputs.Ktab("dummyData_3Dim.csv");
        a040 = ForecastInputs.Ktab("dummyData-a040.csv");
        a080 = ForecastInputs.Ktab("dummyData-a080.csv");
        bdmExample = ForecastInputs.BdmExample();
    }

    [Benchmark]
    public int SmpDummy3Dim() => new SpatialModel().Run(dummy3Dim).States.Count;

    [Benchmark]
    public int SmpA040() => new SpatialModel().Run(a040).States.Count;

    [Benchmark]
    public int SmpA080() => new SpatialModel().Run(a080).States.Count;

    [Benchmark]
    public double BdmExample() => new BdmModel().Run(bdmExample).Final.WeightedMean;
}
