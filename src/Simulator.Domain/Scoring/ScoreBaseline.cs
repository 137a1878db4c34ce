namespace Simulator.Domain.Scoring;

/// <summary>A trivial forecaster scored on the same issues: one fixed probability for every issue.</summary>
public sealed record ScoreBaseline(string Name, double Probability, double Accuracy, double Brier, double LogScore);
