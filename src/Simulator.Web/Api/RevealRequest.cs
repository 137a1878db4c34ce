namespace Simulator.Web.Api;

/// <summary>`POST .../reveal`: show one item of a seat's private brief to everyone (its key, e.g. `redline:territory`).</summary>
public sealed record RevealRequest(string? Seat, string? Item);
