namespace Simulator.Domain.Scoring;

/// <summary>
/// The issues whose predicted probability fell in [Low, High) (the last bin includes 1): how many,
/// their mean predicted probability and the share of them that history agreed (null when empty).
/// </summary>
public sealed record CalibrationBin(double Low, double High, int Count, double? MeanProbability, double? ObservedFrequency);
