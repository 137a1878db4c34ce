using Simulator.Domain.Engine;

namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// Runs negotiations for Monte Carlo experiments. Run r draws its own generator from
/// (seed, r) through SplitMix64, so a run's result depends only on the scenario, the seed and r:
/// batches can be split any way and run anywhere (threads, grains, silos) with identical results.
/// </summary>
public static class ExperimentRunner
{
    /// <summary>One run: sample its parameters, negotiate, summarise.</summary>
    public static RunSummary RunOne(CompiledScenario scenario, ulong seed, int runIndex) =>
        RunSummary.From(runIndex, Negotiate(scenario, seed, runIndex, recordTranscript: false));

    /// <summary>One run with its full transcript (for `sim explain`).</summary>
    public static NegotiationResult Explain(CompiledScenario scenario, ulong seed, int runIndex) =>
        Negotiate(scenario, seed, runIndex, recordTranscript: true);

    /// <summary>Runs [from, from + count) in order.</summary>
    public static RunSummary[] RunBatch(CompiledScenario scenario, ulong seed, int from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var results = new RunSummary[count];
        for (var k = 0; k < count; k++)
        {
            results[k] = RunOne(scenario, seed, from + k);
        }

        return results;
    }

    /// <summary>
    /// Runs [from, from + count) in order straight into <paramref name="accumulator"/>: the same
    /// counts as adding each run's <see cref="RunSummary"/>, without building the summaries or
    /// rendering explanations the accumulator would not keep.
    /// </summary>
    public static void AccumulateBatch(CompiledScenario scenario, ulong seed, int from, int count, ExperimentAccumulator accumulator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(accumulator);
        if (ProtocolCatalog.For(scenario.Scenario.Protocol.Kind) is MediatedSingleTextProtocol)
        {
            // The mediated table's outcome is counted straight from the thread's session: no result,
            // outcome or blocker object is built for a run.
            for (var k = 0; k < count; k++)
            {
                accumulator.Add(from + k, MediatedSingleTextProtocol.RunPooled(scenario, SampleValues(scenario, seed, from + k, recordTranscript: false, reuseValues: true)));
            }

            return;
        }

        for (var k = 0; k < count; k++)
        {
            // The accumulator reads the result (and the values its blockers name) before the next
            // run, so the runs of a batch share one value buffer.
            accumulator.Add(from + k, Negotiate(scenario, seed, from + k, recordTranscript: false, reuseValues: true));
        }
    }

    /// <summary>
    /// A whole experiment in this process, batches spread over <paramref name="parallelism"/>
    /// threads; <paramref name="progress"/> receives the number of runs completed so far.
    /// </summary>
    public static ExperimentResult Run(
        CompiledScenario scenario,
        int runs,
        ulong seed,
        int batchSize = 250,
        int parallelism = 0,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = (runs + batchSize - 1) / batchSize;
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        // One accumulator per worker, merged at the end: memory stays flat in the number of runs, and
        // the counts do not depend on which worker ran which batch.
        var total = new ExperimentAccumulator(scenario);
        var gate = new Lock();
        Parallel.For(
            0,
            batches,
            options,
            () => new ExperimentAccumulator(scenario),
            (b, _, accumulator) =>
            {
                var from = b * batchSize;
                var count = Math.Min(batchSize, runs - from);
                AccumulateBatch(scenario, seed, from, count, accumulator);
                progress?.Report(Interlocked.Add(ref done, count));
                return accumulator;
            },
            accumulator =>
            {
                lock (gate)
                {
                    total.Merge(accumulator);
                }
            });

        return total.ToResult(seed);
    }

    // One generator per thread for runs without a transcript, reseeded for each run.
    [ThreadStatic]
    private static Xoshiro256StarStar? t_random;

    // One value buffer per thread for runs whose result is read before the next run starts.
    [ThreadStatic]
    private static double[]? t_values;

    private static NegotiationResult Negotiate(CompiledScenario scenario, ulong seed, int runIndex, bool recordTranscript, bool reuseValues = false) =>
        ProtocolCatalog.For(scenario.Scenario.Protocol.Kind).Run(scenario, SampleValues(scenario, seed, runIndex, recordTranscript, reuseValues), recordTranscript);

    /// <summary>Run <paramref name="runIndex"/>'s parameter values (in the thread's buffer when <paramref name="reuseValues"/>).</summary>
    private static double[] SampleValues(CompiledScenario scenario, ulong seed, int runIndex, bool recordTranscript, bool reuseValues)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Xoshiro256StarStar random;
        if (recordTranscript)
        {
            random = new Xoshiro256StarStar(SplitMix64.RunSeed(seed, runIndex));
        }
        else
        {
            random = t_random ??= new Xoshiro256StarStar(0);
            random.Reseed(SplitMix64.RunSeed(seed, runIndex));
        }

        double[] values;
        if (reuseValues && !recordTranscript)
        {
            values = t_values is { } buffer && buffer.Length == scenario.Parameters.Count ? buffer : t_values = new double[scenario.Parameters.Count];
            ParameterSampler.SampleInto(scenario.Parameters, random, values);
        }
        else
        {
            values = ParameterSampler.Sample(scenario.Parameters, random);
        }

        return values;
    }
}
