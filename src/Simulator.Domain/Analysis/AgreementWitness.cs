namespace Simulator.Domain.Analysis;

/// <summary>
/// An outcome that proves an agreement possible, with how far it breaks each relaxed constraint
/// (indexed like <see cref="AgreementSpace.Constraints"/>; 0 for the ones kept).
/// </summary>
public sealed record AgreementWitness(IReadOnlyList<double> Outcome, IReadOnlyList<double> Excess)
{
    public double TotalMove => Excess.Sum();
}
