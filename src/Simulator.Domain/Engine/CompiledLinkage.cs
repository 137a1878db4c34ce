namespace Simulator.Domain.Engine;

/// <summary>A linkage with issue and bound indices resolved (bounds are parameter indices, -1 when open).</summary>
public sealed record CompiledLinkage(
    string Id,
    string? Description,
    int WhenIssue,
    int WhenAtLeast,
    int WhenAtMost,
    int RequireIssue,
    int RequireAtLeast,
    int RequireAtMost);
