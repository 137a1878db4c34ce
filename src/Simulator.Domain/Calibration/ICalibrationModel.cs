namespace Simulator.Domain.Calibration;

/// <summary>
/// What rejection sampling needs from a model: the parameters it follows, the record it matches,
/// and one run r of seed S (its draws fixed by (S, r), as in every Monte Carlo experiment) that
/// reports the followed parameters' drawn values and which record items it reproduced.
/// Implementations are immutable and safe to call from many threads.
/// </summary>
public interface ICalibrationModel
{
    string Id { get; }

    string Title { get; }

    IReadOnlyList<CalibratedParameter> Parameters { get; }

    IReadOnlyList<RecordItem> Record { get; }

    /// <summary>Runs run <paramref name="runIndex"/>; fills <paramref name="drawn"/> (one per parameter) and <paramref name="matched"/> (one per record item).</summary>
    void Run(ulong seed, int runIndex, Span<double> drawn, Span<bool> matched);
}
