namespace Simulator.Domain.Forecasting;

/// <summary>The argument check the one-issue baseline models share: three parallel, non-empty lists.</summary>
internal static class IssueInputs
{
    /// <summary>Throws unless capabilities, saliences and positions are non-null, non-empty and of equal length; returns that length.</summary>
    public static int Check(IReadOnlyList<double> capabilities, IReadOnlyList<double> saliences, IReadOnlyList<double> positions)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(saliences);
        ArgumentNullException.ThrowIfNull(positions);
        var n = positions.Count;
        if (n == 0 || capabilities.Count != n || saliences.Count != n)
        {
            throw new ArgumentException("capabilities, saliences and positions must be non-empty and of equal length");
        }

        return n;
    }
}
