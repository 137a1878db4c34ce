namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One swept parameter: <see cref="Steps"/> evenly spaced values from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record GridAxis(string Path, double From, double To, int Steps)
{
    /// <summary>The grid values; the last is exactly <see cref="To"/> (no drift from repeated addition).</summary>
    public IReadOnlyList<double> Values()
    {
        var values = new double[Steps];
        for (var k = 0; k < Steps; k++)
        {
            values[k] = k == Steps - 1 ? To : From + ((To - From) * k / (Steps - 1));
        }

        return values;
    }
}
