using System.Globalization;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>Probabilities as people read them: "42% (38-46)".</summary>
internal static class Percent
{
    public static string Of(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string WithInterval(IssueResult issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return $"{Of(issue.AgreedProbability)} ({(issue.Interval.Low * 100).ToString("0", CultureInfo.InvariantCulture)}-{(issue.Interval.High * 100).ToString("0", CultureInfo.InvariantCulture)})";
    }

    /// <summary>The interval alone, e.g. "38-46".</summary>
    public static string Range(IssueResult issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return $"{(issue.Interval.Low * 100).ToString("0", CultureInfo.InvariantCulture)}-{(issue.Interval.High * 100).ToString("0", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A signed difference in percentage points, e.g. "+12.5 pp".</summary>
    public static string Points(double difference) =>
        (difference * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pp";
}
