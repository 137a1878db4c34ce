using Simulator.Domain.Calibration;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Series;

namespace Simulator.Domain.Tests.Series;

/// <summary>
/// The figures the README quotes for the series and the calibration, recomputed. When the engine
/// changes them on purpose, rerun the README's commands and update both the README and this test.
/// </summary>
public sealed class ReadmeFiguresTests
{
    [Fact]
    public void Series_record_shares_per_round_are_the_readme_figures()
    {
        var series = CompiledSeries.Compile(SeriesLoader.Load(RepositoryFiles.PathOf(SeriesFiles.Shipped)));
        var result = SeriesRunner.Run(series, runs: 2000, seed: 20250516);

        Assert.Equal(["96.6%", "62.6%", "30.0%"], result.Rounds.Select(r => CalibrationResult.Pct(r.RecordMatchedShare, 1)));
        Assert.Equal("0.1%", CalibrationResult.Pct(result.RecordMatchedShare, 1));
        var julTalks = result.Rounds[2].Result.Issues.First(i => i.Id == "follow_up_talks");
        Assert.Equal("66%", $"{julTalks.AgreedProbability * 100:0}%");
    }

    [Fact]
    public void Baseline_calibration_acceptance_is_the_readme_figure()
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        var result = Calibrator.Run(new ScenarioCalibrationModel(compiled, [], ValueTolerance.None), runs: 20_000, seed: 20250516);

        Assert.Equal(19_345, result.Accepted);
        Assert.DoesNotContain(result.Parameters, p => p.Moved);
    }
}
