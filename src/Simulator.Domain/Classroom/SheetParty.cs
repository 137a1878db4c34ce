namespace Simulator.Domain.Classroom;

/// <summary>A party on the public sheet.</summary>
public sealed record SheetParty(string Id, string Name, string Role);
