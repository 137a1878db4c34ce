using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.MonteCarlo.State;

namespace Simulator.Grains.Experiments;

/// <summary>Maps the Domain accumulator's state to the wire DTO and back.</summary>
public static class AggregateMapper
{
    public static ExperimentAggregate ToDto(ExperimentAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        var s = accumulator.ToState();
        return new ExperimentAggregate(
            s.Runs,
            s.RoundsSum,
            s.MilliMinutesSum,
            [.. s.EndReasons.Select(e => new NamedCountDto(e.Key, e.Count))],
            [.. s.Patterns.Select(p => new NamedCountDto(p.Key, p.Count))],
            [.. s.Issues.Select(i => new IssueTallyDto(
                i.Agreed,
                [.. i.Histogram.Select(h => new ValueCountDto(h.Key, h.Count))],
                [.. i.Blockers.Select(b => new BlockerTallyDto(b.Key, b.Count, b.FirstRun, b.Explanation, [.. (b.Ranges ?? []).Select(r => r.Parameter)], [.. (b.Ranges ?? []).Select(r => r.Min)], [.. (b.Ranges ?? []).Select(r => r.Max)]))]))]);
    }

    public static ExperimentAccumulator ToAccumulator(CompiledScenario scenario, ExperimentAggregate dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var state = new AccumulatorState(
            dto.Runs,
            dto.RoundsSum,
            dto.MilliMinutesSum,
            [.. dto.EndReasons.Select(e => new NamedCount(e.Key, e.Count))],
            [.. dto.Patterns.Select(p => new NamedCount(p.Key, p.Count))],
            [.. dto.Issues.Select(i => new IssueTallyState(
                i.Agreed,
                [.. i.Histogram.Select(h => new ValueCount(h.Key, h.Count))],
                [.. i.Blockers.Select(b => new BlockerTallyState(b.Key, b.Count, b.FirstRun, b.Explanation, Ranges(b)))]))]);
        return ExperimentAccumulator.FromState(scenario, state);
    }

    private static ParameterRangeState[] Ranges(BlockerTallyDto b) =>
        [.. (b.RangeParameters ?? []).Select((p, k) => new ParameterRangeState(p, b.RangeMins![k], b.RangeMaxes![k]))];

    /// <summary>The experiment result from merged counts, computed where the scenario is at hand.</summary>
    public static ExperimentResult ToResult(CompiledScenario scenario, ExperimentAggregate dto, ulong seed) =>
        ToAccumulator(scenario, dto).ToResult(seed);
}
