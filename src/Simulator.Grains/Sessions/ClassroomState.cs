using Simulator.Contracts.Sessions;

namespace Simulator.Grains.Sessions;

/// <summary>What a classroom grain persists: the setup, every input in order (of the meeting being played, on a series), who holds which seat (with their tokens' hashes) and the clock.</summary>
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

    /// <summary>On a series: the meeting being played (0-based); <see cref="Inputs"/> are its inputs.</summary>
    [Id(6)]
    public int Meeting { get; set; }

    /// <summary>On a series: the values the meeting started from (events and carry-over applied).</summary>
    [Id(7)]
    public double[]? MeetingStart { get; set; }

    /// <summary>On a series: the inputs of each meeting already played, in order.</summary>
    [Id(8)]
    public List<List<string>> EarlierMeetings { get; set; } = [];
}
