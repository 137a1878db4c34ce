namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One swept parameter: <see cref="Steps"/> evenly spaced values from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record GridAxis(string Path, double From, double To, int Steps)
{
    /// <summary>Grid values are rounded to this many decimals: 0.2..2:10 gives 0.6 as typed, not 0.6000000000000001.</summary>
    public const int Decimals = 9;

    /// <summary>
    /// The grid values; the last is exactly <see cref="To"/> (no drift from repeated addition), and
    /// each is rounded to <see cref="Decimals"/> so it is the number the user means, in every output
    /// and in the runs it is pinned for.
    /// </summary>
    public IReadOnlyList<double> Values()
    {
        var values = new double[Steps];
        for (var k = 0; k < Steps; k++)
        {
            values[k] = k == Steps - 1 ? To : Math.Round(From + ((To - From) * k / (Steps - 1)), Decimals);
        }

        return values;
    }
}
