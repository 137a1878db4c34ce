namespace Simulator.Web.Api;

/// <summary>`POST /api/classes/{code}/join`: the seat and the person's display name.</summary>
public sealed record JoinRequest(string? Seat, string? Name);
