namespace Simulator.Domain.Scenarios;

/// <summary>
/// Who sits at the table for a party. A delegation below the leader can only agree within the
/// mandate its principal gave it: per-issue limits it cannot cross on its own.
/// </summary>
public sealed record Delegation(DelegationLevel Level, IReadOnlyList<MandateLimit> Mandate, Provenance? Source)
{
    public static Delegation Leader { get; } = new(DelegationLevel.Leader, [], null);
}

/// <summary>The rank of a delegation.</summary>
public enum DelegationLevel
{
    Leader,
    Minister,
    Mid,
}

/// <summary>The interval on an issue a delegation is authorised to agree to.</summary>
public sealed record MandateLimit(string IssueId, Parameter? Min, Parameter? Max)
{
    public bool Allows(double value) =>
        (Min is null || value >= Min.Value - 1e-9) && (Max is null || value <= Max.Value + 1e-9);
}
