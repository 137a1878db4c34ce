namespace Simulator.Domain.Classroom;

/// <summary>A person's answer on one item of the draft: accept, or reject with a reason, optionally proposing a counter value on the item's 0–100 scale.</summary>
public sealed record ItemAnswer(string IssueId, bool Accept, RejectReason Reason = RejectReason.None, string? Note = null, double? Counter = null);
