namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One issue on both agendas: B's agreement probability minus A's, its interval and test.</summary>
public sealed record IssueComparison(string Issue, string Label, ProportionDifference Difference);
