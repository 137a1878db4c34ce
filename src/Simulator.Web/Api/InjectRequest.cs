namespace Simulator.Web.Api;

/// <summary>`POST .../inject`: one of the scenario's timeline events (1-based) and/or `PATH=VALUE` changes as in `--set`.</summary>
public sealed record InjectRequest(int? TimelineEvent, string[]? Set, string? Description);
