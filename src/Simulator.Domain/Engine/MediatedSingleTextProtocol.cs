namespace Simulator.Domain.Engine;

/// <summary>
/// The mediated single-text protocol with software agents in every seat: drives a
/// <see cref="MediatedSession"/> to its end. Each session ends within the scenario's round limit.
/// </summary>
public sealed class MediatedSingleTextProtocol : INegotiationProtocol
{
    public static MediatedSingleTextProtocol Instance { get; } = new();

    public NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript)
    {
        var session = new MediatedSession(scenario, values, recordTranscript);
        while (session.BeginRound() is { } question)
        {
            session.CompleteRound([.. scenario.Principals.Select(p => session.AgentAnswer(p, question))]);
        }

        return session.Result();
    }
}
