using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One grid point of a sweep: the swept parameters' values (in axis order) and the experiment there.</summary>
public sealed record SweepPoint(IReadOnlyList<double> Values, ExperimentResult Result);
