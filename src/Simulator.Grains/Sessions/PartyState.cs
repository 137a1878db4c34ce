namespace Simulator.Grains.Sessions;

/// <summary>What a party grain persists: the scenario it plays, whether a person holds the seat, the deadline for that person, the analyst's tuning (path → value) and its current stance.</summary>
[GenerateSerializer, Alias("Simulator.PartyState")]
public sealed class PartyState
{
    [Id(0)]
    public string? Snapshot { get; set; }

    [Id(1)]
    public bool Human { get; set; }

    [Id(2)]
    public TimeSpan HumanDeadline { get; set; }

    [Id(3)]
    public Dictionary<string, double> Tuning { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The party's stance as of its last answer: the share of its possible gain it insisted on.</summary>
    [Id(4)]
    public double? CurrentAspiration { get; set; }
}
