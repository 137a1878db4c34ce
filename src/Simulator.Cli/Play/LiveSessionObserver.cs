using System.Collections.Concurrent;
using Simulator.Contracts.Sessions;

namespace Simulator.Cli.Play;

/// <summary>
/// Receives the session's pushes in the `sim play` process. Questions are kept by round, because
/// one-way pushes may trail the Step call that caused them.
/// </summary>
internal sealed class LiveSessionObserver : ISessionObserver
{
    private const int MaxWaits = 6000;
    private readonly ConcurrentDictionary<int, RoundQuestionDto> _questions = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public void OnQuestion(RoundQuestionDto question)
    {
        ArgumentNullException.ThrowIfNull(question);
        _questions[question.Round] = question;
        _arrived.Release();
    }

    public void OnRound(RoundSummary round)
    {
        // The command renders rounds from Step's return value.
    }

    public void OnEnded(SessionOutcome outcome)
    {
        // The command renders the outcome from the session's status.
    }

    /// <summary>The question of <paramref name="round"/>, or null once <paramref name="step"/> has finished without one arriving.</summary>
    public async Task<RoundQuestionDto?> QuestionFor(int round, Task step)
    {
        ArgumentNullException.ThrowIfNull(step);
        for (var k = 0; k < MaxWaits; k++)
        {
            if (_questions.TryGetValue(round, out var question))
            {
                return question;
            }

            if (step.IsCompleted)
            {
                return null;
            }

            await Task.WhenAny(_arrived.WaitAsync(TimeSpan.FromMilliseconds(100)), step);
        }

        return null;
    }
}
