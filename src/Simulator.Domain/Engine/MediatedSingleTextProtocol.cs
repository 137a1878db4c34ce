namespace Simulator.Domain.Engine;

/// <summary>
/// The mediated single-text protocol with software agents in every seat: drives a
/// <see cref="MediatedSession"/> to its end. Each session ends within the scenario's round limit.
/// </summary>
public sealed class MediatedSingleTextProtocol : INegotiationProtocol
{
    public static MediatedSingleTextProtocol Instance { get; } = new();

    // One session per thread for the Monte Carlo path, restarted for each run of the same scenario:
    // a run then allocates its result and little else.
    [ThreadStatic]
    private static MediatedSession? t_session;

    public NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript)
    {
        if (!recordTranscript)
        {
            return RunPooled(scenario, values).Result();
        }

        var session = new MediatedSession(scenario, values, recordTranscript);
        var principals = scenario.Principals;

        // One answer array for the whole session: CompleteRound reads the answers and keeps none of them.
        var answers = new PartyAnswer[principals.Length];
        while (session.BeginRound() is { } question)
        {
            for (var k = 0; k < principals.Length; k++)
            {
                answers[k] = session.AgentAnswer(principals[k], question);
            }

            session.CompleteRound(answers);
        }

        return session.Result();
    }

    /// <summary>
    /// Plays a run without a transcript on this thread's session and returns the session, whose
    /// outcome is read before the thread's next run (the Monte Carlo path reads it without building a result).
    /// </summary>
    internal static MediatedSession RunPooled(CompiledScenario scenario, double[] values)
    {
        var pooled = t_session;
        if (pooled is not null && ReferenceEquals(pooled.Scenario, scenario))
        {
            pooled.Restart(values);
        }
        else
        {
            pooled = t_session = new MediatedSession(scenario, values, recordTranscript: false);
        }

        pooled.RunAsAgents();
        return pooled;
    }
}
