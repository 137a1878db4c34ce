using Simulator.Domain.Classroom;

namespace Simulator.Web.Components.Shared;

/// <summary>A person's answer on one draft item while they are still choosing it (the form's state): no choice until they make one.</summary>
public sealed class ItemChoice
{
    public required string IssueId { get; init; }

    /// <summary>Accept, reject, or null while the person has not chosen.</summary>
    public bool? Accept { get; set; }

    public RejectReason Reason { get; set; } = RejectReason.NotEnough;

    public string? Note { get; set; }

    public double? Counter { get; set; }

    public bool Chosen => Accept is not null;

    public ItemAnswer ToAnswer() => Accept switch
    {
        true => new ItemAnswer(IssueId, true),
        false => new ItemAnswer(IssueId, false, Reason, Reason == RejectReason.Other ? Note : null, Counter),
        null => throw new InvalidOperationException($"no choice made on {IssueId}"),
    };
}
