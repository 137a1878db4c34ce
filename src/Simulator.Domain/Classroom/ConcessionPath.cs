namespace Simulator.Domain.Classroom;

/// <summary>A principal's concession path over the rounds of a class.</summary>
public sealed record ConcessionPath(string Party, string Name, IReadOnlyList<ConcessionPoint> Points);
