namespace Simulator.Domain.Analysis;

/// <summary>One constraint to relax and by how many scale points its bound must move.</summary>
public sealed record ConstraintMove(ConsentConstraint Constraint, double By);
