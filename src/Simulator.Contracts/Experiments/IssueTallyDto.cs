namespace Simulator.Contracts.Experiments;

/// <summary>One agenda issue's counts: runs that agreed it, the agreed values, what blocked it.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.IssueTally")]
public sealed record IssueTallyDto(
    [property: Id(0)] long Agreed,
    [property: Id(1)] ValueCountDto[] Histogram,
    [property: Id(2)] BlockerTallyDto[] Blockers);
