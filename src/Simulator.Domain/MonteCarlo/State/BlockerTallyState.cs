namespace Simulator.Domain.MonteCarlo.State;

/// <summary>
/// How often a blocker stopped an issue, the explanation template from the lowest-numbered run it
/// stopped, and the range each parameter the explanation names took over those runs. Equal when
/// every field and every range is equal (the ranges compared element by element).
/// </summary>
public sealed record BlockerTallyState(string Key, int Count, int FirstRun, string Explanation, IReadOnlyList<ParameterRangeState>? Ranges = null)
{
    public bool Equals(BlockerTallyState? other) =>
        other is not null
        && Key == other.Key
        && Count == other.Count
        && FirstRun == other.FirstRun
        && Explanation == other.Explanation
        && (Ranges ?? []).SequenceEqual(other.Ranges ?? []);

    public override int GetHashCode() => HashCode.Combine(Key, Count, FirstRun, Explanation, (Ranges ?? []).Count);
}
