namespace Simulator.Domain.Calibration;

/// <summary>
/// Approximate Bayesian computation by rejection: runs [0, runs) of the model, each drawing the
/// uncertain parameters from their declared distributions (the prior), and keeps the draws of the
/// runs that reproduce the record (the posterior). Batches are spread over the cores; each worker
/// keeps one fixed-size accumulator, so memory does not grow with the number of runs, and the
/// result is the same however the runs are batched.
/// </summary>
public static class Calibrator
{
    public const int DefaultBatchSize = 250;

    public static CalibrationResult Run(
        ICalibrationModel model,
        int runs,
        ulong seed,
        int batchSize = DefaultBatchSize,
        int parallelism = 0,
        IProgress<CalibrationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = (runs + (long)batchSize - 1) / batchSize;
        var workers = (int)Math.Min(batches, parallelism > 0 ? parallelism : Environment.ProcessorCount);
        var accumulators = new CalibrationAccumulator[workers];
        long nextBatch = -1;
        long done = 0;
        long accepted = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, options, w =>
        {
            var accumulator = new CalibrationAccumulator(model.Parameters, model.Record.Count);
            var drawn = new double[model.Parameters.Count];
            var matched = new bool[model.Record.Count];
            long b;
            while ((b = Interlocked.Increment(ref nextBatch)) < batches)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var from = (int)(b * batchSize);
                var count = Math.Min(batchSize, runs - from);
                var batchAccepted = 0;
                for (var r = from; r < from + count; r++)
                {
                    model.Run(seed, r, drawn, matched);
                    if (accumulator.Add(drawn, matched))
                    {
                        batchAccepted++;
                    }
                }

                var a = Interlocked.Add(ref accepted, batchAccepted);
                progress?.Report(new CalibrationProgress(Interlocked.Add(ref done, count), a));
            }

            accumulators[w] = accumulator;
        });
        cancellationToken.ThrowIfCancellationRequested();

        var total = new CalibrationAccumulator(model.Parameters, model.Record.Count);
        foreach (var a in accumulators)
        {
            total.Merge(a);
        }

        return CalibrationResult.From(model, total, seed);
    }
}
