namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Scenario B against the reference A: per shared issue the difference in agreement probability, and the parameters that differ.</summary>
public sealed record ScenarioComparison(
    string A,
    string B,
    int RunsA,
    int RunsB,
    IReadOnlyList<IssueComparison> Issues,
    IReadOnlyList<ParameterDifference> Parameters);
