using Simulator.Contracts.Sessions;

namespace Simulator.Grains.Sessions;

/// <summary>What a session grain persists: the transcript so far and, once over, the outcome.</summary>
[GenerateSerializer, Alias("Simulator.SessionRecord")]
public sealed class SessionRecord
{
    [Id(0)]
    public List<RoundSummary> Transcript { get; set; } = [];

    [Id(1)]
    public SessionOutcome? Outcome { get; set; }
}
