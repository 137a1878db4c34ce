namespace Simulator.Domain.Calibration;

/// <summary>
/// What a calibration keeps, whatever the number of runs: per parameter a sketch of every draw
/// (the prior) and of the accepted draws (the posterior), the run and acceptance counts, and how
/// often each record item was reproduced. Merging is exact and order-free.
/// </summary>
public sealed class CalibrationAccumulator
{
    public CalibrationAccumulator(IReadOnlyList<CalibratedParameter> parameters, int recordItems)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Prior = [.. parameters.Select(p => new ValueSketch(p.Support.Min, p.Support.Max))];
        Posterior = [.. parameters.Select(p => new ValueSketch(p.Support.Min, p.Support.Max))];
        ItemMatches = new long[recordItems];
    }

    public ValueSketch[] Prior { get; }

    public ValueSketch[] Posterior { get; }

    public long[] ItemMatches { get; }

    public long Runs { get; private set; }

    public long Accepted { get; private set; }

    /// <summary>Adds one run; it is accepted when it matched every record item.</summary>
    public bool Add(ReadOnlySpan<double> drawn, ReadOnlySpan<bool> matched)
    {
        var accepted = true;
        for (var k = 0; k < matched.Length; k++)
        {
            if (matched[k])
            {
                ItemMatches[k]++;
            }
            else
            {
                accepted = false;
            }
        }

        for (var p = 0; p < Prior.Length; p++)
        {
            Prior[p].Add(drawn[p]);
            if (accepted)
            {
                Posterior[p].Add(drawn[p]);
            }
        }

        Runs++;
        if (accepted)
        {
            Accepted++;
        }

        return accepted;
    }

    public void Merge(CalibrationAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var p = 0; p < Prior.Length; p++)
        {
            Prior[p].Merge(other.Prior[p]);
            Posterior[p].Merge(other.Posterior[p]);
        }

        for (var k = 0; k < ItemMatches.Length; k++)
        {
            ItemMatches[k] += other.ItemMatches[k];
        }

        Runs += other.Runs;
        Accepted += other.Accepted;
    }
}
