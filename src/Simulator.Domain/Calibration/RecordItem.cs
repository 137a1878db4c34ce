namespace Simulator.Domain.Calibration;

/// <summary>
/// One thing the record says and a run must reproduce to be accepted: an issue (in a round, for a
/// series) agreed or not and, with a tolerance, the agreed value within that many scale points.
/// </summary>
public sealed record RecordItem(string? Round, string Issue, bool Agreed, double? Value, double? Tolerance)
{
    public string Label
    {
        get
        {
            var what = Agreed
                ? Value is { } v && Tolerance is { } t
                    ? FormattableString.Invariant($"agreed at {v:0.#} ± {t:0.#}")
                    : "agreed"
                : "not agreed";
            return Round is null ? $"{Issue}: {what}" : $"{Round}/{Issue}: {what}";
        }
    }

    /// <summary>Whether a run's outcome on this issue matches the record.</summary>
    public bool Matches(bool agreed, double value) =>
        agreed == Agreed && (!agreed || Value is not { } v || Tolerance is not { } t || Math.Abs(value - v) <= t + 1e-9);
}
