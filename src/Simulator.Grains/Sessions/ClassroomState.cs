using Simulator.Contracts.Sessions;

namespace Simulator.Grains.Sessions;

/// <summary>What a classroom grain persists: the setup, every input in order, who holds which seat (with their tokens' hashes) and the clock.</summary>
[GenerateSerializer, Alias("Simulator.ClassroomState")]
public sealed class ClassroomState
{
    [Id(0)]
    public ClassSetup? Setup { get; set; }

    [Id(1)]
    public List<string> Inputs { get; set; } = [];

    [Id(2)]
    public List<SeatHolderState> Holders { get; set; } = [];

    [Id(3)]
    public DateTimeOffset? Deadline { get; set; }

    [Id(4)]
    public bool Paused { get; set; }

    [Id(5)]
    public TimeSpan Remaining { get; set; }
}
