namespace Simulator.Domain.Analysis;

/// <summary>A full outcome of a scenario (one value per issue) and what it is worth to the parties analysed.</summary>
public sealed record ScenarioOutcome(IReadOnlyList<double> Values, UtilityPoint Point);
