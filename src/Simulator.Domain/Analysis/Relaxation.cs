namespace Simulator.Domain.Analysis;

/// <summary>
/// A set of constraints whose relaxation opens a zone of agreement (no smaller subset does), the
/// least each must move (together, the smallest total move), and an outcome that then works.
/// </summary>
public sealed record Relaxation(IReadOnlyList<ConstraintMove> Moves, IReadOnlyList<double> Witness)
{
    public double TotalMove => Moves.Sum(m => m.By);
}
