namespace Simulator.Web.Api;

/// <summary>`POST .../seats/{seat}/influence` (a patron): press (true) or reassure (false) a principal.</summary>
public sealed record InfluenceRequest(string? Target, bool Press);
