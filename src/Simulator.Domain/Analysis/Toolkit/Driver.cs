using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>A parameter ranked among an issue's drivers, with the quote it came from.</summary>
public sealed record Driver(int Rank, string Path, double FirstOrderIndex, double Swing, Provenance? Source);
