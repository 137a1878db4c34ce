namespace Simulator.Domain.Calibration;

/// <summary>How far a calibration has got: runs done and runs accepted so far.</summary>
public readonly record struct CalibrationProgress(long Done, long Accepted);
