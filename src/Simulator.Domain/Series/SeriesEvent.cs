using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// Something that happens between two rounds, applied to the round it comes before: parameter
/// values set, issues put on the agenda or retired (once implemented, say).
/// </summary>
public sealed record SeriesEvent(
    string BeforeRound,
    string Description,
    IReadOnlyList<ParameterChange> Changes,
    IReadOnlyList<string> AddToAgenda,
    IReadOnlyList<string> Retire,
    Provenance? Source);
