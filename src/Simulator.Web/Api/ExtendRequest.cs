namespace Simulator.Web.Api;

/// <summary>`POST .../extend`: more seconds for the open round.</summary>
public sealed record ExtendRequest(int Seconds);
