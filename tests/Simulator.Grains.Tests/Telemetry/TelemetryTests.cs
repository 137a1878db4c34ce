using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Grains.Telemetry;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Telemetry;

[Collection(TwoSiloCollection.Name)]
public sealed class TelemetryTests(TwoSiloCluster fixture)
{
    [Fact]
    public async Task Sessions_rounds_experiments_and_batches_are_traced_and_runs_are_counted()
    {
        var spans = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SimulatorTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => spans.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(listener);
        long runs = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SimulatorTelemetry.Name && instrument.Name == "simulator.runs")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref runs, value));
        meters.Start();

        var session = fixture.Client.GetGrain<ISessionGrain>(SessionId.New().Value);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], TimeSpan.FromSeconds(30)));
        await session.Step();
        await fixture.RunAsync(new ExperimentSpec(TestSnapshots.Istanbul, 100, 1, BatchSize: 50), ExperimentId.New().Value);

        Assert.Contains("session.start", spans);
        Assert.Contains("session.round", spans);
        Assert.Contains("experiment", spans);
        Assert.Contains("experiment.batch", spans);
        Assert.True(Interlocked.Read(ref runs) >= 100);
    }
}
