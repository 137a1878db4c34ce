namespace Simulator.Contracts.Sessions;

/// <summary>A person's decision in a seat: accept the whole text or not, and each separable item alone (in the question's order).</summary>
[GenerateSerializer, Immutable, Alias("Simulator.HumanAnswer")]
public sealed record HumanAnswer(
    [property: Id(0)] int Round,
    [property: Id(1)] bool AcceptText,
    [property: Id(2)] bool[] AcceptItems);
