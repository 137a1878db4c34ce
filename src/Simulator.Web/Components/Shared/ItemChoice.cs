using Simulator.Domain.Classroom;

namespace Simulator.Web.Components.Shared;

/// <summary>A person's answer on one draft item while they are still choosing it (the form's state).</summary>
public sealed class ItemChoice
{
    public required string IssueId { get; init; }

    public bool Accept { get; set; } = true;

    public RejectReason Reason { get; set; } = RejectReason.NotEnough;

    public string? Note { get; set; }

    public double? Counter { get; set; }

    public ItemAnswer ToAnswer() => Accept
        ? new ItemAnswer(IssueId, true)
        : new ItemAnswer(IssueId, false, Reason, Reason == RejectReason.Other ? Note : null, Counter);
}
