namespace Simulator.Domain.Scoring;

/// <summary>Something left out of the score, and why (a file without a record, a recorded issue off the agenda).</summary>
public sealed record ScoreNote(string File, string Note);
