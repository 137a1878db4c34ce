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

    /// <summary>Per issue: does an agreement on it need this party's consent (its signatories; by default every principal).</summary>
    public required bool[] Signs { get; init; }

    /// <summary>An absent principal: it accepts what its stated limits allow and makes no concession.</summary>
    public required bool Absent { get; init; }
}
