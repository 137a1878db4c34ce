namespace Simulator.Domain.Engine;

/// <summary>
/// What a blocker's key is made of, compared without text: equal ids render equal keys (different
/// ids may still render the same key, which the accumulator then merges by the key's text).
/// <paramref name="Linkage"/> is the linkage's index in the scenario (-1 for none);
/// <paramref name="Reference"/> is the key itself for a blocker given as text, compared by reference.
/// </summary>
internal readonly record struct BlockerKeyId(BlockerForm Form, int Party, int Issue, int LowOwner, int HighOwner, int Linkage, object? Reference)
{
    public bool Equals(BlockerKeyId other) =>
        Form == other.Form && Party == other.Party && Issue == other.Issue && LowOwner == other.LowOwner
        && HighOwner == other.HighOwner && Linkage == other.Linkage && ReferenceEquals(Reference, other.Reference);

    public override int GetHashCode() =>
        HashCode.Combine(Form, Party, Issue, LowOwner, HighOwner, Linkage, Reference is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Reference));
}
