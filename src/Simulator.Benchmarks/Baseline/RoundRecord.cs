using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// One round of the transcript: the events that happened, the mediator's text, each principal's
/// response, what was split off and agreed on its own, what the mediator could not table and why, and
/// why it tabled items it held short of a linkage's trigger.
/// </summary>
internal sealed record RoundRecord(
    int Round,
    double Minute,
    IReadOnlyList<string> Events,
    IReadOnlyList<TextItem> Text,
    IReadOnlyList<PartyResponse> Responses,
    IReadOnlyList<TextItem> SplitOff,
    IReadOnlyList<(int Issue, Blocker Blocker)> NotTabled,
    IReadOnlyList<string>? HeldShort = null);
