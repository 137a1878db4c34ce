namespace Simulator.Web.Api;

/// <summary>The seat's token (send it as `Authorization: Bearer`).</summary>
public sealed record JoinResponse(string SeatToken);
