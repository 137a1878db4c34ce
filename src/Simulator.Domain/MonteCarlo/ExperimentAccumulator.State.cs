using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo.State;

namespace Simulator.Domain.MonteCarlo;

/// <summary>Export and import of the accumulator's counts, so batches run elsewhere merge exactly as local ones do.</summary>
public sealed partial class ExperimentAccumulator
{
    public AccumulatorState ToState()
    {
        FoldPending();
        var issues = new IssueTallyState[_agreed.Length];
        for (var k = 0; k < _agreed.Length; k++)
        {
            issues[k] = new IssueTallyState(
                _agreed[k],
                [.. _histograms[k].Select(h => new ValueCount(h.Key, h.Value))],
                [.. _blockers[k]
                    .OrderBy(b => b.Key, StringComparer.Ordinal)
                    .Select(b => new BlockerTallyState(b.Key, b.Value.Count, b.Value.FirstRun, b.Value.Explanation, [.. b.Value.Ranges.OrderBy(r => r.Key).Select(r => new ParameterRangeState(r.Key, r.Value.Min, r.Value.Max))]))]);
        }

        return new AccumulatorState(
            Runs,
            _roundsSum,
            _milliMinutesSum,
            [.. _endReasons.OrderBy(e => e.Key).Select(e => new NamedCount(e.Key.ToString(), e.Value))],
            [.. _patterns.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new NamedCount(p.Key, p.Value))],
            issues);
    }

    /// <summary>Rebuilds an accumulator from <paramref name="state"/>; the state must come from the same scenario's agenda.</summary>
    public static ExperimentAccumulator FromState(CompiledScenario scenario, AccumulatorState state)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(state);
        var accumulator = new ExperimentAccumulator(scenario);
        if (state.Issues.Count != accumulator._agreed.Length)
        {
            throw new ArgumentException($"the state has {state.Issues.Count} agenda issue(s) but the scenario has {accumulator._agreed.Length}", nameof(state));
        }

        accumulator.Runs = state.Runs;
        accumulator._roundsSum = state.RoundsSum;
        accumulator._milliMinutesSum = state.MilliMinutesSum;
        foreach (var end in state.EndReasons)
        {
            accumulator._endReasons[Enum.Parse<EndReason>(end.Key)] = end.Count;
        }

        foreach (var pattern in state.Patterns)
        {
            accumulator._patterns[pattern.Key] = pattern.Count;
        }

        for (var k = 0; k < state.Issues.Count; k++)
        {
            var issue = state.Issues[k];
            accumulator._agreed[k] = issue.Agreed;
            foreach (var bin in issue.Histogram)
            {
                accumulator._histograms[k][bin.Key] = bin.Count;
            }

            foreach (var blocker in issue.Blockers)
            {
                var tally = TallyFor(accumulator._blockers[k], blocker.Key);
                tally.Count = blocker.Count;
                tally.Represent(blocker.FirstRun, blocker.Explanation);
                foreach (var range in blocker.Ranges ?? [])
                {
                    tally.Widen(range.Parameter, range.Min, range.Max);
                }
            }
        }

        return accumulator;
    }
}
