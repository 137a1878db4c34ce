namespace Simulator.Domain.Engine;

/// <summary>
/// The outcome of one negotiation run: per agenda issue, how many rounds and minutes, why it ended,
/// and (when asked for) the transcript with the run's parameter values as they stood at the end.
/// </summary>
public sealed record NegotiationResult(
    IReadOnlyList<IssueOutcome> Issues,
    int Rounds,
    double Minutes,
    EndReason EndReason,
    IReadOnlyList<RoundRecord>? Transcript,
    IReadOnlyList<double>? Values = null);
