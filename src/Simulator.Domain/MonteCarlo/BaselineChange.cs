namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// A what-if's change from the scenario its `base:` names, run with the same runs, seed and `--set`:
/// per issue the baseline's agreement probability, this run's, the difference with Newcombe's 95%
/// interval, and whether the difference is beyond Monte Carlo noise (the interval excludes 0).
/// </summary>
public sealed record BaselineChange(string Scenario, string Title, IReadOnlyList<IssueChange> Issues);

/// <summary>One issue's agreement probability in the baseline and in this run.</summary>
public sealed record IssueChange(
    string Id,
    string Label,
    double BaselineProbability,
    double Probability,
    double Difference,
    double Low,
    double High,
    bool BeyondNoise);
