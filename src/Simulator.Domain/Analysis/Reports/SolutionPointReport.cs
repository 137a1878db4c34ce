namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// One solution concept's outcome: what is agreed (issue → value; other issues stay at their status
/// quo), each analysed party's utility, and how far the simulation's modal outcome lies from it
/// (Euclidean distance in utility; mean absolute difference over agenda issues in scale points).
/// </summary>
public sealed record SolutionPointReport(
    string Concept,
    string Name,
    IReadOnlyDictionary<string, double> Agreed,
    IReadOnlyDictionary<string, double> Utilities,
    double? UtilityDistanceFromModal,
    double? IssueDistanceFromModal);
