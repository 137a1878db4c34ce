using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>An influence with its target resolved to a party index and its strength to a parameter index.</summary>
public sealed record CompiledInfluence(int Target, InfluenceKind Kind, int Strength);
