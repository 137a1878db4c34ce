using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Scoring;

/// <summary>One experiment to score: the file it came from, the round when it is a round of a series, and its result.</summary>
public sealed record ScoredExperiment(string File, string? Round, ExperimentResult Result);
