using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// One round of a series: its id, its scenario (loaded from <see cref="ScenarioFile"/>), the days
/// since the previous round, and what carries over into it.
/// </summary>
public sealed record SeriesRound(
    string Id,
    string ScenarioFile,
    Scenario Scenario,
    double? DaysAfterPrevious,
    IReadOnlyList<CarryOver> CarryOver,
    IReadOnlyList<TrustRule> Trust);
