using Orleans.Concurrency;

namespace Simulator.Contracts.Sessions;

/// <summary>
/// The table (key: the session id): runs one negotiation round by round over the party grains, with
/// classroom controls, records the transcript and pushes every round to observers.
/// </summary>
[Alias("Simulator.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    [Alias("Start")]
    Task<SessionInfo> Start(SessionSetup setup);

    /// <summary>Plays one round; null when the talks are already over. A round waits for its human seats (each up to its deadline, an hour at most), so it may take far longer than a call usually may.</summary>
    [Alias("Step"), ResponseTimeout("06:00:00")]
    Task<RoundSummary?> Step();

    /// <summary>Plays rounds until the talks end or someone pauses them.</summary>
    [Alias("RunToEnd"), ResponseTimeout("06:00:00")]
    Task<SessionStatus> RunToEnd();

    /// <summary>Stops <see cref="RunToEnd"/> after the round in progress.</summary>
    [Alias("Pause"), AlwaysInterleave]
    Task Pause();

    [Alias("InjectEvent"), AlwaysInterleave]
    Task InjectEvent(InjectedEvent injected);

    [Alias("GetStatus"), AlwaysInterleave]
    Task<SessionStatus> GetStatus();

    [Alias("GetTranscript"), AlwaysInterleave]
    Task<RoundSummary[]> GetTranscript();

    [Alias("Subscribe"), AlwaysInterleave]
    Task Subscribe(ISessionObserver observer);

    [Alias("Unsubscribe"), AlwaysInterleave]
    Task Unsubscribe(ISessionObserver observer);
}
