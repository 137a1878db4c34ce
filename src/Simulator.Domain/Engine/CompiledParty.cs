using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// A party's parameters as indices into a run's value array, so that a run reads sampled values
/// without dictionaries or allocation. Index -1 means "not set".
/// </summary>
public sealed class CompiledParty
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required PartyRole Role { get; init; }

    public required UtilityShape Shape { get; init; }

    public required DelegationLevel DelegationLevel { get; init; }

    public required int Capability { get; init; }

    public required int Reservation { get; init; }

    public required int Beta { get; init; }

    public required int RiskAttitude { get; init; }

    /// <summary>Per issue (scenario issue order): does the party have a stance on it.</summary>
    public required bool[] HasStance { get; init; }

    public required int[] Position { get; init; }

    public required int[] Salience { get; init; }

    public required int[] RedLineMin { get; init; }

    public required int[] RedLineMax { get; init; }

    public required int[] MandateMin { get; init; }

    public required int[] MandateMax { get; init; }

    public required CompiledLinkage[] Linkages { get; init; }

    public required CompiledInfluence[] Influences { get; init; }
}
