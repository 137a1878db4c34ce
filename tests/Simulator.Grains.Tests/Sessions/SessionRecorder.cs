using System.Collections.Concurrent;
using Simulator.Contracts.Sessions;

namespace Simulator.Grains.Tests.Sessions;

/// <summary>A client-side session observer: records questions, rounds and the outcome, and lets a test wait (bounded) for them.</summary>
internal sealed class SessionRecorder : ISessionObserver
{
    private readonly ConcurrentQueue<RoundQuestionDto> _questions = new();
    private readonly ConcurrentQueue<RoundSummary> _rounds = new();
    private readonly SemaphoreSlim _questionArrived = new(0);
    private readonly TaskCompletionSource<SessionOutcome> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<RoundSummary> Rounds => [.. _rounds];

    public IReadOnlyList<RoundQuestionDto> Questions => [.. _questions];

    public Task<SessionOutcome> Ended => _ended.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void OnQuestion(RoundQuestionDto question)
    {
        _questions.Enqueue(question);
        _questionArrived.Release();
    }

    public void OnRound(RoundSummary round) => _rounds.Enqueue(round);

    public void OnEnded(SessionOutcome outcome) => _ended.TrySetResult(outcome);

    public async Task<RoundQuestionDto> NextQuestion()
    {
        if (!await _questionArrived.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("no question arrived");
        }

        return _questions.Last();
    }
}
