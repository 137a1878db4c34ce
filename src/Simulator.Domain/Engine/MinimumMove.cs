namespace Simulator.Domain.Engine;

/// <summary>
/// The one definition of an agreement on an issue that the protocols, the analysis and the score
/// share: a value that moves the issue at least <see cref="MediatorDrafter.MinimumMeaningfulChange"/>
/// points from its status quo (a token move is not an agreement). The mediator does not table a
/// smaller move; alternating offers leave such an item at its status quo; the analysis treats it as
/// not agreed.
/// </summary>
public static class MinimumMove
{
    /// <summary>Rounding slack: a move of 9.999999999 points counts as 10.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Whether <paramref name="value"/> agrees an issue whose status quo is <paramref name="statusQuo"/>.</summary>
    public static bool Agrees(double value, double statusQuo) => Math.Abs(value - statusQuo) >= MediatorDrafter.MinimumMeaningfulChange - Tolerance;
}
