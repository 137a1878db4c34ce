namespace Simulator.Contracts.Sessions;

/// <summary>
/// A person's decision in a seat: accept the whole text or not, and each separable item alone (in the
/// question's order), with the person's own reason for any refusal. <see cref="DecisionsGiven"/> counts
/// the decisions the person gave before their deadline, the whole text first and then each item in
/// order (null: all of them); the software agent answers the rest, and nothing the person gave is dropped.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.HumanAnswer")]
public sealed record HumanAnswer(
    [property: Id(0)] int Round,
    [property: Id(1)] bool AcceptText,
    [property: Id(2)] bool[] AcceptItems,
    [property: Id(3)] string? Reason = null,
    [property: Id(4)] int? DecisionsGiven = null)
{
    /// <summary>What a refusal says when the person gave no reason.</summary>
    public const string NoReasonGiven = "no reason given";
}
