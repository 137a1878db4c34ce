namespace Simulator.Grains.Experiments;

/// <summary>
/// The experiment coordinator's clock and its straggler deadline: a batch with no answer after
/// <see cref="BatchDeadline"/> is run again on another silo and whichever answer comes first counts
/// (the other is a duplicate and is ignored). Its own clock, not the silo's, so tests can drive it
/// with a fake one without freezing Orleans' timers.
/// </summary>
public sealed record ExperimentTiming(TimeProvider Time, TimeSpan BatchDeadline)
{
    /// <summary>How often a running experiment persists what it has counted (<see cref="ExperimentCheckpoint"/>).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static ExperimentTiming Default { get; } = new(TimeProvider.System, TimeSpan.FromSeconds(60));
}
