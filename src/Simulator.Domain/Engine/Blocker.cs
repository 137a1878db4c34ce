namespace Simulator.Domain.Engine;

/// <summary>
/// Why an issue failed: the kind of obstacle, the party that holds it (−1 for none), and a stable
/// key for counting across runs (e.g. <c>linkage:russia.ceasefire_needs_withdrawal</c>).
/// </summary>
public sealed record Blocker(BlockerKind Kind, int Party, string Key, string Explanation);
