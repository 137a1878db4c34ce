namespace Simulator.Domain.Calibration;

/// <summary>How often the runs reproduced one record item on its own.</summary>
public sealed record RecordMatch(RecordItem Item, long Matched, double Rate);
