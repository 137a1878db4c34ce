namespace Simulator.Domain.Analysis;

/// <summary>
/// One outcome seen through the parties' utilities, in a fixed party order. The label names the
/// outcome (a letter in a textbook example, a package of issue values in a scenario).
/// </summary>
public sealed record UtilityPoint(string Label, IReadOnlyList<double> Utilities)
{
    /// <summary>Tolerance for comparing utilities: values closer than this are treated as equal.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>True when every party does at least as well here and one does strictly better.</summary>
    public bool Dominates(UtilityPoint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var strictlyBetter = false;
        for (var i = 0; i < Utilities.Count; i++)
        {
            if (Utilities[i] < other.Utilities[i] - Tolerance)
            {
                return false;
            }

            if (Utilities[i] > other.Utilities[i] + Tolerance)
            {
                strictlyBetter = true;
            }
        }

        return strictlyBetter;
    }

    /// <summary>True when no party is worse off than at the disagreement point.</summary>
    public bool IsIndividuallyRational(IReadOnlyList<double> disagreement)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        for (var i = 0; i < Utilities.Count; i++)
        {
            if (Utilities[i] < disagreement[i] - Tolerance)
            {
                return false;
            }
        }

        return true;
    }
}
