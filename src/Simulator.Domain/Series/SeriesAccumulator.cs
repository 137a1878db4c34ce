using Simulator.Domain.Calibration;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Series;

/// <summary>
/// What a series experiment keeps: per round the ordinary experiment aggregate, how many runs
/// reproduced that round's record (agreed or not per recorded issue), and how many reproduced
/// every round's. Integer counts only, so merging is exact in any order.
/// </summary>
public sealed class SeriesAccumulator
{
    private readonly CompiledSeries _series;
    private readonly ExperimentAccumulator[] _rounds;
    private readonly long[] _roundMatched;
    private long _allMatched;
    private long _runs;

    public SeriesAccumulator(CompiledSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series = series;
        _rounds = [.. series.Rounds.Select(r => new ExperimentAccumulator(r.Scenario))];
        _roundMatched = new long[series.Rounds.Count];
    }

    public void Add(int runIndex, IReadOnlyList<RoundRun> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var all = true;
        for (var k = 0; k < run.Count; k++)
        {
            _rounds[k].Add(RunSummary.From(runIndex, run[k].Result));
            if (Matches(run[k]))
            {
                _roundMatched[k]++;
            }
            else
            {
                all = false;
            }
        }

        _runs++;
        if (all)
        {
            _allMatched++;
        }
    }

    public void Merge(SeriesAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var k = 0; k < _rounds.Length; k++)
        {
            _rounds[k].Merge(other._rounds[k]);
            _roundMatched[k] += other._roundMatched[k];
        }

        _allMatched += other._allMatched;
        _runs += other._runs;
    }

    public SeriesAccumulatorState ToState() =>
        new(_runs, [.. _rounds.Select(r => r.ToState())], [.. _roundMatched], _allMatched);

    /// <summary>Rebuilds an accumulator from <paramref name="state"/>; the state must come from the same series.</summary>
    public static SeriesAccumulator FromState(CompiledSeries series, SeriesAccumulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var accumulator = new SeriesAccumulator(series);
        if (state.Rounds.Count != accumulator._rounds.Length || state.RoundMatched.Count != accumulator._rounds.Length)
        {
            throw new ArgumentException($"the state has {state.Rounds.Count} round(s) but the series has {accumulator._rounds.Length}", nameof(state));
        }

        for (var k = 0; k < accumulator._rounds.Length; k++)
        {
            accumulator._rounds[k] = ExperimentAccumulator.FromState(series.Rounds[k].Scenario, state.Rounds[k]);
            accumulator._roundMatched[k] = state.RoundMatched[k];
        }

        accumulator._runs = state.Runs;
        accumulator._allMatched = state.AllMatched;
        return accumulator;
    }

    public SeriesResult ToResult(ulong seed)
    {
        var rounds = _series.Rounds.Select((r, k) => new RoundResult(
            r.Id,
            r.Round.ScenarioFile,
            r.Round.DaysAfterPrevious,
            _rounds[k].ToResult(seed),
            r.Record.Count,
            _roundMatched[k])).ToList();
        var (low, high) = WilsonInterval.Of(_allMatched, _runs);
        return new SeriesResult(_series.Definition.Id, _series.Definition.Title, (int)_runs, seed, rounds, _allMatched, low, high);
    }

    /// <summary>Whether a round's outcome reproduces every recorded issue of that round (agreed or not).</summary>
    public static bool Matches(RoundRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Span<bool> matched = stackalloc bool[run.Round.Record.Count];
        ScenarioCalibrationModel.Compare(run.Result, run.Round.Record, run.Round.RecordIssues, matched);
        foreach (var m in matched)
        {
            if (!m)
            {
                return false;
            }
        }

        return true;
    }
}
