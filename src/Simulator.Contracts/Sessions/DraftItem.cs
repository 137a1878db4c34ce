namespace Simulator.Contracts.Sessions;

/// <summary>One item of a draft text: the issue (index and id), the proposed value on the 0–100 scale, and that value as people read it (in the issue's unit).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.DraftItem")]
public sealed record DraftItem(
    [property: Id(0)] int IssueIndex,
    [property: Id(1)] string Issue,
    [property: Id(2)] double Value,
    [property: Id(3)] string Display);
