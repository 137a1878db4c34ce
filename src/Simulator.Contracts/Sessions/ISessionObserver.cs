namespace Simulator.Contracts.Sessions;

/// <summary>Follows a session live (the terminal view, a web page): each question as it is put, each round as it closes, the outcome.</summary>
[Alias("Simulator.ISessionObserver")]
public interface ISessionObserver : IGrainObserver
{
    [Alias("OnQuestion")]
    void OnQuestion(RoundQuestionDto question);

    [Alias("OnRound")]
    void OnRound(RoundSummary round);

    [Alias("OnEnded")]
    void OnEnded(SessionOutcome outcome);
}
