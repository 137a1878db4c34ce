namespace Simulator.Domain.Scenarios;

/// <summary>What history recorded on an issue: agreed or not, at which value, and the quote saying so.</summary>
public sealed record ObservedIssueOutcome(bool Agreed, double? Value, Provenance? Source);
