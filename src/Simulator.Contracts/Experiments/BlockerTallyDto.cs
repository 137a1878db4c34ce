namespace Simulator.Contracts.Experiments;

/// <summary>
/// How often a blocker stopped an issue, with the explanation template from the lowest-numbered run
/// and, per parameter the explanation names, the lowest and highest value across the runs it stopped
/// (three parallel arrays).
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.BlockerTally")]
public sealed record BlockerTallyDto(
    [property: Id(0)] string Key,
    [property: Id(1)] int Count,
    [property: Id(2)] int FirstRun,
    [property: Id(3)] string Explanation,
    [property: Id(4)] int[]? RangeParameters = null,
    [property: Id(5)] double[]? RangeMins = null,
    [property: Id(6)] double[]? RangeMaxes = null);
