namespace Simulator.Domain.Scoring;

/// <summary>
/// One issue of one scored experiment: the record (its grade, and whether that counts as agreed),
/// the model's probability of agreement, whether the model called it right at the threshold, and
/// the issue's Brier and log score.
/// </summary>
public sealed record ScoredIssue(
    string File,
    string? Round,
    string Scenario,
    string Issue,
    string Label,
    string? Grade,
    bool ObservedAgreed,
    double Probability,
    int Runs,
    bool PredictedAgreed,
    bool Hit,
    double Brier,
    double LogScore);
