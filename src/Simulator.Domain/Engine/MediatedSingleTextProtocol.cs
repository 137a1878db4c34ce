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
}
