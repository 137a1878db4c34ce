using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Series;

/// <summary>
/// Runs a whole series in one Monte Carlo run: round after round, each round's draws from its own
/// stream of (seed, run), then the events before it, what carried over from the previous round
/// (status quo moved by the agreed value as far as it was carried out) and the trust responses,
/// then the negotiation. A run depends only on the series, the seed and its index.
/// </summary>
public static class SeriesRunner
{
    public const int DefaultBatchSize = 100;

    public static IReadOnlyList<RoundRun> RunOne(CompiledSeries series, ulong seed, int runIndex, bool recordTranscript = false) =>
        RunOne(series, seed, runIndex, recordTranscript, out _);

    /// <summary>One series run; <paramref name="seriesValues"/> receives the draws of the series' own parameters.</summary>
    public static IReadOnlyList<RoundRun> RunOne(CompiledSeries series, ulong seed, int runIndex, bool recordTranscript, out double[] seriesValues)
    {
        ArgumentNullException.ThrowIfNull(series);
        seriesValues = ParameterSampler.Sample(series.SeriesParameters, new Xoshiro256StarStar(SplitMix64.RunSeed(SplitMix64.Mix(seed ^ CompiledSeries.SeriesSalt), runIndex)));
        var runs = new List<RoundRun>(series.Rounds.Count);
        RoundRun? previous = null;
        foreach (var round in series.Rounds)
        {
            var compiled = round.Scenario;
            var values = ParameterSampler.Sample(compiled.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(CompiledSeries.RoundSeed(seed, round), runIndex)));
            var drawn = (double[])values.Clone();
            foreach (var (index, value) in round.EventChanges)
            {
                values[index] = value;
            }

            var notes = recordTranscript ? new List<string>(round.EventDescriptions.Select(d => $"event: {d}")) : null;
            if (previous is not null)
            {
                CarryOver(round, previous, seriesValues, values, notes);
            }

            var start = (double[])values.Clone();
            var result = ProtocolCatalog.For(compiled.Scenario.Protocol.Kind).Run(compiled, values, recordTranscript);
            previous = new RoundRun(round, drawn, start, result, (IReadOnlyList<string>?)notes ?? []);
            runs.Add(previous);
        }

        return runs;
    }

    /// <summary>
    /// The values round <paramref name="roundIndex"/> starts from when it is played at its base values
    /// (the classroom plays a series meeting after meeting): the round's base values, its events' changes,
    /// and what carried over from <paramref name="previous"/> (as it was played), with the series'
    /// own parameters at their base values. The carry-over is the one every Monte Carlo run uses.
    /// </summary>
    public static double[] StartValues(CompiledSeries series, int roundIndex, RoundRun? previous, List<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var round = series.Rounds[roundIndex];
        var values = round.Scenario.Parameters.CopyBaseValues();
        foreach (var (index, value) in round.EventChanges)
        {
            values[index] = value;
        }

        notes?.AddRange(round.EventDescriptions.Select(d => $"event: {d}"));
        if (previous is not null)
        {
            CarryOver(round, previous, series.SeriesParameters.CopyBaseValues(), values, notes);
        }

        return values;
    }

    /// <summary>Runs [from, from + count) of the series in order into <paramref name="accumulator"/> (a batch on a silo).</summary>
    public static void AccumulateBatch(CompiledSeries series, ulong seed, int from, int count, SeriesAccumulator accumulator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(accumulator);
        for (var r = from; r < from + count; r++)
        {
            accumulator.Add(r, RunOne(series, seed, r));
        }
    }

    /// <summary>Runs [0, runs) over the cores and aggregates every round and the record; identical however batched.</summary>
    public static SeriesResult Run(
        CompiledSeries series,
        int runs,
        ulong seed,
        int batchSize = DefaultBatchSize,
        int parallelism = 0,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = (runs + batchSize - 1) / batchSize;
        var workers = Math.Min(batches, parallelism > 0 ? parallelism : Environment.ProcessorCount);
        var accumulators = new SeriesAccumulator[workers];
        var next = -1;
        var done = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, w =>
        {
            var accumulator = new SeriesAccumulator(series);
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches && !cancellationToken.IsCancellationRequested)
            {
                var from = b * batchSize;
                var count = Math.Min(batchSize, runs - from);
                AccumulateBatch(series, seed, from, count, accumulator);

                progress?.Report(Interlocked.Add(ref done, count));
            }

            accumulators[w] = accumulator;
        });
        cancellationToken.ThrowIfCancellationRequested();

        var total = new SeriesAccumulator(series);
        foreach (var a in accumulators)
        {
            total.Merge(a);
        }

        return total.ToResult(seed);
    }

    private static void CarryOver(CompiledRound round, RoundRun previous, double[] seriesValues, double[] values, List<string>? notes)
    {
        var before = previous.Round.Scenario;
        var shortfall = 0.0;
        var counted = 0;
        foreach (var carry in round.Carry)
        {
            var outcome = previous.Result.Issues.FirstOrDefault(o => o.Issue == carry.PreviousIssue);
            if (outcome is not { Agreed: true })
            {
                continue;
            }

            var share = carry.ImplementedIndex >= 0 ? Math.Clamp(seriesValues[carry.ImplementedIndex], 0, 1) : 1;
            if (carry.ImplementedIndex >= 0)
            {
                shortfall += 1 - share;
                counted++;
            }

            var statusQuoBefore = previous.StartValues[before.StatusQuo[carry.PreviousIssue]];
            if (carry.Mode == CarryMode.StatusQuo)
            {
                var statusQuo = statusQuoBefore + (share * (outcome.Value - statusQuoBefore));
                values[round.Scenario.StatusQuo[carry.Issue]] = statusQuo;
                notes?.Add(string.Create(CultureInfo.InvariantCulture, $"carried over: {carry.IssueId} agreed at {outcome.Value:0.#} in {previous.Round.Id}, {share * 100:0}% carried out: status quo now {statusQuo:0.#}"));
            }
            else
            {
                notes?.Add(string.Create(CultureInfo.InvariantCulture, $"carried over: {carry.IssueId} agreed at {outcome.Value:0.#} in {previous.Round.Id}, {share * 100:0}% carried out; negotiated afresh from {values[round.Scenario.StatusQuo[carry.Issue]]:0.#}"));
            }
        }

        if (counted == 0)
        {
            return;
        }

        var mean = shortfall / counted;
        foreach (var trust in round.Trust)
        {
            var delta = seriesValues[trust.PerShortfallIndex] * mean;
            values[trust.ReservationIndex] = Math.Clamp(values[trust.ReservationIndex] + delta, 0, 1);
            notes?.Add(string.Create(CultureInfo.InvariantCulture, $"trust: {trust.PartyId}'s reservation utility {delta:+0.000;-0.000;0} for a {mean * 100:0}% shortfall in carrying out what was agreed"));
        }
    }
}
