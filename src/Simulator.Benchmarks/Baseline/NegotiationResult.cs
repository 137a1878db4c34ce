using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// The outcome of one negotiation run: per agenda issue, how many rounds and minutes, why it ended,
/// and (when asked for) the transcript with the run's parameter values as they stood at the end.
/// </summary>
internal sealed record NegotiationResult(
    IReadOnlyList<IssueOutcome> Issues,
    int Rounds,
    double Minutes,
    EndReason EndReason,
    IReadOnlyList<RoundRecord>? Transcript,
    IReadOnlyList<double>? Values = null);
