namespace Simulator.Domain.Classroom;

/// <summary>
/// How far the class's deal lies from a bargaining solution (Nash, Kalai–Smorodinsky): each
/// principal's utility at the deal and at the solution, and the Euclidean distance between the two
/// utility points; <see cref="Values"/> is the solution's value per issue in words.
/// </summary>
public sealed record SolutionDistance(string Concept, IReadOnlyDictionary<string, double> ClassUtility, IReadOnlyDictionary<string, double> SolutionUtility, double Distance, IReadOnlyDictionary<string, string> Values);
