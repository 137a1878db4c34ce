namespace Simulator.Contracts.Experiments;

/// <summary>How often a blocker stopped an issue, with the explanation from the lowest-numbered run.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.BlockerTally")]
public sealed record BlockerTallyDto(
    [property: Id(0)] string Key,
    [property: Id(1)] int Count,
    [property: Id(2)] int FirstRun,
    [property: Id(3)] string Explanation);
