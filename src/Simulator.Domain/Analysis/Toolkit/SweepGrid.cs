namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>The grid points of one or two axes, the first axis varying slowest.</summary>
public static class SweepGrid
{
    public const int MaxAxes = 2;
    public const int MaxPoints = 2_500;

    public static IReadOnlyList<double[]> Points(IReadOnlyList<GridAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Count is < 1 or > MaxAxes)
        {
            throw new AnalysisInputException($"sweep takes one or two --param axes; got {axes.Count}");
        }

        if (axes.Count == 2 && string.Equals(axes[0].Path, axes[1].Path, StringComparison.Ordinal))
        {
            throw new AnalysisInputException($"--param {axes[0].Path} is given twice; sweep two different parameters");
        }

        var total = axes.Aggregate(1L, (n, a) => n * a.Steps);
        if (total > MaxPoints)
        {
            throw new AnalysisInputException($"the grid has {total:N0} points; at most {MaxPoints:N0} are allowed (use fewer STEPS)");
        }

        var first = axes[0].Values();
        if (axes.Count == 1)
        {
            return [.. first.Select(v => new[] { v })];
        }

        var second = axes[1].Values();
        return [.. first.SelectMany(x => second.Select(y => new[] { x, y }))];
    }
}
