namespace Simulator.Grains.Sessions;

/// <summary>What a party grain persists: the scenario it plays, whether a person holds the seat, the deadline for that person, and the analyst's tuning (path → value).</summary>
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
}
