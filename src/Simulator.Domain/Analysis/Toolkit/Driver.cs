using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>A parameter ranked among an issue's drivers, with the intervals of its index and swing and the quote it came from.</summary>
public sealed record Driver(
    int Rank,
    string Path,
    double FirstOrderIndex,
    double Swing,
    Provenance? Source,
    IntervalEstimate? IndexInterval = null,
    IntervalEstimate? SwingInterval = null,
    double AtLow = 0,
    double AtHigh = 0,
    IntervalEstimate? AtLowInterval = null,
    IntervalEstimate? AtHighInterval = null);
