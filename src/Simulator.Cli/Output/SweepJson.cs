using System.Text.Json;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>The JSON form of a sweep: the axes, then per grid point the values and each issue's probability with its interval.</summary>
internal static class SweepJson
{
    public static string Serialize(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var document = new SweepDocument(
            sweep.Scenario,
            sweep.Title,
            sweep.RunsPerPoint,
            sweep.Seed,
            sweep.Axes,
            [.. sweep.Points.Select(p => new PointDocument(p.Values, [.. p.Result.Issues.Select(IssueDocument.From)]))]);
        return JsonSerializer.Serialize(document, ExperimentJson.Options);
    }

    private sealed record SweepDocument(string Scenario, string Title, int RunsPerPoint, ulong Seed, IReadOnlyList<GridAxis> Axes, IReadOnlyList<PointDocument> Points);

    private sealed record PointDocument(IReadOnlyList<double> Values, IReadOnlyList<IssueDocument> Issues);

    private sealed record IssueDocument(string Issue, double AgreedProbability, double Low, double High, int AgreedRuns)
    {
        public static IssueDocument From(IssueResult i) => new(i.Id, i.AgreedProbability, i.Interval.Low, i.Interval.High, i.AgreedRuns);
    }
}
