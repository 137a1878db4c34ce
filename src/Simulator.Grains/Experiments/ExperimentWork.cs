using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Series;

namespace Simulator.Grains.Experiments;

/// <summary>
/// What an experiment runs, compiled: one scenario, or a series of rounds. A worker runs a batch of
/// it into counts; the coordinator merges counts into a <see cref="Total"/>. The two kinds differ
/// only here, so the fan-out, the checkpoints and exactly-once counting are one piece of code.
/// </summary>
public abstract class ExperimentWork
{
    public abstract ExperimentAggregate RunBatch(ulong seed, int from, int count);

    public abstract Total NewTotal();

    public static ExperimentWork Of(CompiledScenario scenario) => new ScenarioWork(scenario);

    public static ExperimentWork Of(CompiledSeries series) => new SeriesWork(series);

    /// <summary>Counts merged in any order (they are integer counts, minima and maxima).</summary>
    public abstract class Total
    {
        public abstract void Merge(ExperimentAggregate aggregate);

        public abstract ExperimentAggregate ToDto();
    }

    private sealed class ScenarioWork(CompiledScenario scenario) : ExperimentWork
    {
        public override ExperimentAggregate RunBatch(ulong seed, int from, int count)
        {
            var accumulator = new ExperimentAccumulator(scenario);
            ExperimentRunner.AccumulateBatch(scenario, seed, from, count, accumulator);
            return AggregateMapper.ToDto(accumulator);
        }

        public override Total NewTotal() => new ScenarioTotal(scenario);
    }

    private sealed class ScenarioTotal(CompiledScenario scenario) : Total
    {
        private readonly ExperimentAccumulator _total = new(scenario);

        public override void Merge(ExperimentAggregate aggregate) => _total.Merge(AggregateMapper.ToAccumulator(scenario, aggregate));

        public override ExperimentAggregate ToDto() => AggregateMapper.ToDto(_total);
    }

    private sealed class SeriesWork(CompiledSeries series) : ExperimentWork
    {
        public override ExperimentAggregate RunBatch(ulong seed, int from, int count)
        {
            var accumulator = new SeriesAccumulator(series);
            SeriesRunner.AccumulateBatch(series, seed, from, count, accumulator);
            return AggregateMapper.ToDto(accumulator);
        }

        public override Total NewTotal() => new SeriesTotal(series);
    }

    private sealed class SeriesTotal(CompiledSeries series) : Total
    {
        private readonly SeriesAccumulator _total = new(series);

        public override void Merge(ExperimentAggregate aggregate) => _total.Merge(AggregateMapper.ToSeriesAccumulator(series, aggregate));

        public override ExperimentAggregate ToDto() => AggregateMapper.ToDto(_total);
    }
}
