using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.MonteCarlo.State;
using Simulator.Domain.Series;

namespace Simulator.Grains.Experiments;

/// <summary>Maps the Domain accumulator's state to the wire DTO and back.</summary>
public static class AggregateMapper
{
    public static ExperimentAggregate ToDto(ExperimentAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        return ToDto(accumulator.ToState());
    }

    private static ExperimentAggregate ToDto(AccumulatorState s) =>
        new(
            s.Runs,
            s.RoundsSum,
            s.MilliMinutesSum,
            [.. s.EndReasons.Select(e => new NamedCountDto(e.Key, e.Count))],
            [.. s.Patterns.Select(p => new NamedCountDto(p.Key, p.Count))],
            [.. s.Issues.Select(i => new IssueTallyDto(
                i.Agreed,
                [.. i.Histogram.Select(h => new ValueCountDto(h.Key, h.Count))],
                [.. i.Blockers.Select(b => new BlockerTallyDto(b.Key, b.Count, b.FirstRun, b.Explanation, [.. (b.Ranges ?? []).Select(r => r.Parameter)], [.. (b.Ranges ?? []).Select(r => r.Min)], [.. (b.Ranges ?? []).Select(r => r.Max)]))]))]);

    public static ExperimentAccumulator ToAccumulator(CompiledScenario scenario, ExperimentAggregate dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return ExperimentAccumulator.FromState(scenario, State(dto));
    }

    private static AccumulatorState State(ExperimentAggregate dto) =>
        new(
            dto.Runs,
            dto.RoundsSum,
            dto.MilliMinutesSum,
            [.. dto.EndReasons.Select(e => new NamedCount(e.Key, e.Count))],
            [.. dto.Patterns.Select(p => new NamedCount(p.Key, p.Count))],
            [.. dto.Issues.Select(i => new IssueTallyState(
                i.Agreed,
                [.. i.Histogram.Select(h => new ValueCount(h.Key, h.Count))],
                [.. i.Blockers.Select(b => new BlockerTallyState(b.Key, b.Count, b.FirstRun, b.Explanation, Ranges(b)))]))]);

    private static ParameterRangeState[] Ranges(BlockerTallyDto b) =>
        [.. (b.RangeParameters ?? []).Select((p, k) => new ParameterRangeState(p, b.RangeMins![k], b.RangeMaxes![k]))];

    /// <summary>A series accumulator's counts: per round the scenario counts, and the record matches.</summary>
    public static ExperimentAggregate ToDto(SeriesAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        var s = accumulator.ToState();
        return new ExperimentAggregate((int)s.Runs, 0, 0, [], [], [])
        {
            Rounds = [.. s.Rounds.Select(ToDto)],
            RoundMatched = [.. s.RoundMatched],
            AllMatched = s.AllMatched,
        };
    }

    public static SeriesAccumulator ToSeriesAccumulator(CompiledSeries series, ExperimentAggregate dto)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(dto);
        if (dto.Rounds is not { } rounds || dto.RoundMatched is not { } matched)
        {
            throw new ArgumentException("the counts are a scenario's, not a series'", nameof(dto));
        }

        return SeriesAccumulator.FromState(series, new SeriesAccumulatorState(dto.Runs, [.. rounds.Select(State)], matched, dto.AllMatched));
    }

    /// <summary>The series result from merged counts, computed where the series is at hand.</summary>
    public static SeriesResult ToSeriesResult(CompiledSeries series, ExperimentAggregate dto, ulong seed) =>
        ToSeriesAccumulator(series, dto).ToResult(seed);

    /// <summary>The experiment result from merged counts, computed where the scenario is at hand.</summary>
    public static ExperimentResult ToResult(CompiledScenario scenario, ExperimentAggregate dto, ulong seed) =>
        ToAccumulator(scenario, dto).ToResult(seed);
}
