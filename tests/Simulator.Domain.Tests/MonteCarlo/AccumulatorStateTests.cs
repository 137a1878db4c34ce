using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Tests.Engine;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>Partial aggregates travel between silos as <see cref="Domain.MonteCarlo.State.AccumulatorState"/>; they must merge exactly as local ones do.</summary>
public sealed class AccumulatorStateTests
{
    private static readonly CompiledScenario Scenario =
        CompiledScenario.Compile(TestScenarios.Table(swapUncertainty: new UniformUncertainty(20, 80)));

    [Fact]
    public void Batches_exported_and_imported_merge_to_the_same_result_as_one_accumulator()
    {
        const ulong seed = 99;
        var whole = new ExperimentAccumulator(Scenario);
        foreach (var run in ExperimentRunner.RunBatch(Scenario, seed, 0, 300))
        {
            whole.Add(run);
        }

        var merged = new ExperimentAccumulator(Scenario);
        foreach (var from in new[] { 200, 0, 137 })
        {
            var count = from switch { 0 => 137, 137 => 63, _ => 100 };
            var part = new ExperimentAccumulator(Scenario);
            foreach (var run in ExperimentRunner.RunBatch(Scenario, seed, from, count))
            {
                part.Add(run);
            }

            merged.Merge(ExperimentAccumulator.FromState(Scenario, part.ToState()));
        }

        Assert.Equal(ExperimentJson.Serialize(whole.ToResult(seed)), ExperimentJson.Serialize(merged.ToResult(seed)));
    }

    [Fact]
    public void A_state_round_trip_gives_an_equal_state()
    {
        var accumulator = new ExperimentAccumulator(Scenario);
        foreach (var run in ExperimentRunner.RunBatch(Scenario, 5, 0, 80))
        {
            accumulator.Add(run);
        }

        var state = accumulator.ToState();
        var again = ExperimentAccumulator.FromState(Scenario, state).ToState();

        Assert.Equal(80, state.Runs);
        Assert.Equal(state.Patterns, again.Patterns);
        Assert.Equal(state.EndReasons, again.EndReasons);
        Assert.Equal(state.Issues.Select(i => i.Agreed), again.Issues.Select(i => i.Agreed));
        Assert.Equal(state.Issues.SelectMany(i => i.Histogram), again.Issues.SelectMany(i => i.Histogram));
        Assert.Equal(state.Issues.SelectMany(i => i.Blockers), again.Issues.SelectMany(i => i.Blockers));
    }

    [Fact]
    public void A_state_from_another_agenda_is_refused()
    {
        var other = CompiledScenario.Compile(TestScenarios.Table(packaging: Packaging.AllOrNothing));
        var state = new ExperimentAccumulator(Scenario).ToState() with { Issues = [] };

        Assert.Throws<ArgumentException>(() => ExperimentAccumulator.FromState(other, state));
    }
}
