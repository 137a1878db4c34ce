using Simulator.Contracts.Experiments;
using Simulator.Contracts.Ids;
using Simulator.Domain.Series;
using Simulator.Grains.Experiments;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Experiments;

/// <summary>
/// A series (the three Istanbul rounds) through the experiment grain on two silos and a serialising
/// client: the snapshot carries the series and its resolved rounds, and the merged counts give the
/// in-process result byte for byte, however the runs are batched.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class SeriesExperimentTests(TwoSiloCluster fixture)
{
    private const int Runs = 240;
    private const ulong Seed = 20250516;
    private static readonly string File = RepositoryFiles.Path("scenarios", "istanbul-2025-series.yaml");

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    public async Task A_series_through_the_grain_equals_the_in_process_run_for_any_batch_size(int batchSize)
    {
        var (definition, snapshot) = SeriesSnapshot.Create(File);
        var series = CompiledSeries.Compile(definition);
        var spec = new ExperimentSpec(snapshot, Runs, Seed, batchSize) { Kind = ExperimentKind.Series };

        var outcome = await fixture.RunAsync(spec, ExperimentId.New().Value);

        Assert.Equal((Runs + batchSize - 1) / batchSize, outcome.Batches);
        Assert.Equal(
            SeriesJson.Serialize(SeriesRunner.Run(series, Runs, Seed, batchSize: 13)),
            SeriesJson.Serialize(AggregateMapper.ToSeriesResult(series, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task A_round_scoped_set_travels_inside_the_series_snapshot()
    {
        string[] sets = ["jun02:parties.russia.concessionBeta=1.8"];
        var (definition, snapshot) = SeriesSnapshot.Create(File, sets);
        var series = CompiledSeries.Compile(definition);
        var spec = new ExperimentSpec(snapshot, 120, Seed, 40) { Kind = ExperimentKind.Series };

        var outcome = await fixture.RunAsync(spec, ExperimentId.New().Value);

        var expected = SeriesJson.Serialize(SeriesRunner.Run(CompiledSeries.Compile(SeriesLoader.Load(File, sets)), 120, Seed));
        Assert.Equal(expected, SeriesJson.Serialize(AggregateMapper.ToSeriesResult(series, outcome.Aggregate, Seed)));
        Assert.NotEqual(SeriesJson.Serialize(SeriesRunner.Run(CompiledSeries.Compile(SeriesLoader.Load(File)), 120, Seed)), expected);
    }

    [Fact]
    public void A_series_snapshot_loads_back_to_the_series_the_files_give()
    {
        var (definition, snapshot) = SeriesSnapshot.Create(File);

        var loaded = SeriesSnapshot.Load(snapshot);

        Assert.True(SeriesSnapshot.IsSnapshot(snapshot));
        Assert.Equal(definition.Rounds.Select(r => (r.Id, r.ScenarioFile)), loaded.Rounds.Select(r => (r.Id, r.ScenarioFile)));
        Assert.Equal(
            SeriesJson.Serialize(SeriesRunner.Run(CompiledSeries.Compile(definition), 60, Seed)),
            SeriesJson.Serialize(SeriesRunner.Run(CompiledSeries.Compile(loaded), 60, Seed)));
    }
}
