namespace Simulator.Web.Api;

/// <summary>`POST .../seats/{seat}/statement`: a public statement.</summary>
public sealed record StatementRequest(string? Text);
