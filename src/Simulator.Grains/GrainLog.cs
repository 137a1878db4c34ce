using Microsoft.Extensions.Logging;

namespace Simulator.Grains;

/// <summary>Source-generated log messages of the grains.</summary>
internal static partial class GrainLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Experiment {ExperimentId}: {Runs} runs in {Batches} batches over {Silos} silo(s)")]
    public static partial void ExperimentStarted(ILogger logger, string experimentId, int runs, int batches, int silos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Experiment {ExperimentId}: batch from run {From} failed on {Silo} (attempt {Attempt}); re-running it")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string experimentId, int from, string silo, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Experiment {ExperimentId} finished: {Runs} runs, {Retries} batch re-run(s)")]
    public static partial void ExperimentFinished(ILogger logger, string experimentId, int runs, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Experiment {ExperimentId} failed")]
    public static partial void ExperimentFailed(ILogger logger, Exception exception, string experimentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Experiment {ExperimentId}: a second answer for the batch from run {From} (from {Silo}) was ignored; it was counted once")]
    public static partial void DuplicateBatchIgnored(ILogger logger, string experimentId, int from, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Experiment {ExperimentId} cancelled by its caller after about {Runs} runs")]
    public static partial void ExperimentCancelled(ILogger logger, string experimentId, int runs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Experiment {ExperimentId} resumed from its checkpoint: {Runs} runs in {Batches} batches already counted")]
    public static partial void ExperimentResumed(ILogger logger, string experimentId, int runs, int batches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Experiment {ExperimentId}: its checkpoint could not be stored; losing the coordinator now would re-run more batches")]
    public static partial void CheckpointNotStored(ILogger logger, Exception exception, string experimentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Experiment {ExperimentId} completed but its outcome could not be stored; a rerun will compute it again")]
    public static partial void OutcomeNotStored(ILogger logger, Exception exception, string experimentId);
}
