namespace Simulator.Web.Api;

/// <summary>`POST .../seats/{seat}/control`: a person plays the seat (true) or the software agent does (false).</summary>
public sealed record SeatControlRequest(bool Person);
