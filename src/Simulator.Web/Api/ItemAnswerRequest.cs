namespace Simulator.Web.Api;

/// <summary>One item: accept, or reject with a reason (`limit`, `not-enough`, `other` with a note) and optionally a counter value on the 0–100 scale.</summary>
public sealed record ItemAnswerRequest(string? Issue, bool Accept, string? Reason = null, string? Note = null, double? Counter = null);
