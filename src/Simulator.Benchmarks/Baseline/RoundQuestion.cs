using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// What the chair puts to the principals in one round: the whole text, and (with separable
/// packaging) each separable item of it on its own, against the current base outcome (status quo
/// plus what is already agreed). <see cref="Tau"/> is the share of the time budget used.
/// </summary>
internal sealed record RoundQuestion(
    int Round,
    double Minute,
    double Tau,
    IReadOnlyList<TextItem> Text,
    IReadOnlyList<TextItem> SeparableItems,
    double[] BaseOutcome,
    IReadOnlyList<string> Events,
    IReadOnlyList<(int Issue, Blocker Blocker)> NotTabled);
