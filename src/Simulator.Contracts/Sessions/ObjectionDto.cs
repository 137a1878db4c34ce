namespace Simulator.Contracts.Sessions;

/// <summary>One reason for a rejection, with what the mediator needs to learn from it (the Domain objection on the wire) and its plain-language explanation.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.Objection")]
public sealed record ObjectionDto(
    [property: Id(0)] string Kind,
    [property: Id(1)] int Issue,
    [property: Id(2)] double? Min,
    [property: Id(3)] double? Max,
    [property: Id(4)] int BoundIssue,
    [property: Id(5)] int LinkageIndex,
    [property: Id(6)] double Gain,
    [property: Id(7)] double Needed,
    [property: Id(8)] string Explanation);
