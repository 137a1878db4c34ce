namespace Simulator.Web.Api;

/// <summary>A seat in the public status.</summary>
public sealed record SeatStatus(string Seat, string Name, string Role, bool Human, int People, bool Answered);
