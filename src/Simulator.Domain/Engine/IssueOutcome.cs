namespace Simulator.Domain.Engine;

/// <summary>The result on one agenda issue: agreed at a value (in the round it was agreed) or blocked, and by what.</summary>
public sealed record IssueOutcome(int Issue, bool Agreed, double Value, int Round, Blocker? Blocker);
