using System.Globalization;
using Simulator.Domain.Engine;

namespace Simulator.Domain.Protocols.Classic;

/// <summary>
/// Runs a scenario with <c>protocol.kind: AlternatingOffers</c>: the principals take turns in the
/// stacked alternating offers protocol (unanimity) over <see cref="ScenarioPackages"/> as
/// <see cref="ScenarioOfferAgent"/>s (each knows its own limits and learns the others' from their
/// stated reasons for rejecting), each conceding along its Faratin curve (β after outside influence, as in the mediated table) from
/// its best package towards a reservation level, its floor share of the gain over no deal. One
/// round is one turn of every principal; the talks end at agreement, at the round limit or when
/// the time budget runs out. Unagreed issues stay at their status quo.
/// </summary>
public sealed class AlternatingOffersTableProtocol : INegotiationProtocol
{
    public static AlternatingOffersTableProtocol Instance { get; } = new();

    public NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var principals = scenario.Principals;
        var statusQuo = ScenarioPackages.StatusQuo(scenario, values);
        var packages = ScenarioPackages.Build(scenario, values);
        var utilities = UtilityTable(scenario, values, packages);
        var space = new OfferSpace<double[]>(packages, utilities);
        var stances = EffectiveStance.Compute(scenario, values);
        // What the principals have said about their limits, heard by all of them.
        var heard = new MediatorBeliefs(scenario.Parties.Length, scenario.IssueCount);
        var agents = principals.Select((p, seat) =>
            (IOfferAgent<double[]>)new ScenarioOfferAgent(scenario, values, seat, space, new TimeDependentTactic(stances[p].Beta), stances[p].Floor, statusQuo, heard)).ToArray();

        var minutesPerRound = Math.Max(values[scenario.MinutesPerRound], 1e-3);
        var roundsInBudget = (int)Math.Floor(Math.Max(values[scenario.TimeBudget], 0) / minutesPerRound);
        var maxRounds = Math.Max(1, Math.Min(Math.Max(1, scenario.Scenario.Protocol.MaxRounds), roundsInBudget));
        var outcome = principals.Length < 2
            ? null
            : StackedAlternatingOffers.Run(agents, maxRounds * principals.Length);
        var turns = outcome?.TurnsUsed ?? 0;
        var rounds = Math.Max(1, (turns + principals.Length - 1) / Math.Max(1, principals.Length));
        var agreement = outcome?.Agreement;
        var end = agreement is not null ? EndReason.Agreement : rounds >= roundsInBudget ? EndReason.TimeBudget : EndReason.RoundLimit;
        var agreedRound = agreement is null ? -1 : agreement.Turn / principals.Length;

        var issues = scenario.Agenda.Select(i =>
        {
            if (agreement is not null && ScenarioPackages.Agreed(agreement.Offer, statusQuo, i))
            {
                return new IssueOutcome(i, true, agreement.Offer[i], agreedRound, null);
            }

            var blocker = agreement is null
                ? new Blocker(BlockerKind.InsufficientGain, -1, "deadline:alternating-offers", "no package met every principal's aspiration before the talks ended")
                : Blockers.LeftOutOfPackage(scenario, i);
            return new IssueOutcome(i, false, statusQuo[i], -1, blocker);
        }).ToList();

        var transcript = recordTranscript && outcome is not null ? Transcript(scenario, outcome, minutesPerRound, statusQuo) : null;
        return new NegotiationResult(issues, rounds, rounds * minutesPerRound, end, transcript, recordTranscript ? values : null);
    }

    /// <summary>
    /// Each principal's utility function, with its value of every package computed once (the agents
    /// ask for them on every turn); an offer outside the packages is valued as it comes.
    /// </summary>
    private static Func<double[], double>[] UtilityTable(CompiledScenario scenario, double[] values, IReadOnlyList<double[]> packages)
    {
        var index = new Dictionary<double[], int>(packages.Count, ReferenceEqualityComparer.Instance);
        for (var k = 0; k < packages.Count; k++)
        {
            index.TryAdd(packages[k], k);
        }

        var utilities = new Func<double[], double>[scenario.Principals.Length];
        for (var seat = 0; seat < utilities.Length; seat++)
        {
            var party = scenario.Parties[scenario.Principals[seat]];
            var table = new double[packages.Count];
            for (var k = 0; k < table.Length; k++)
            {
                table[k] = UtilityFunction.Of(party, values, packages[k]);
            }

            utilities[seat] = package => index.TryGetValue(package, out var k) ? table[k] : UtilityFunction.Of(party, values, package);
        }

        return utilities;
    }

    private static List<RoundRecord> Transcript(CompiledScenario scenario, AlternatingOffersOutcome<double[]> outcome, double minutesPerRound, double[] statusQuo)
    {
        var n = scenario.Principals.Length;
        return [.. outcome.Offers.Select(offer =>
        {
            var proposer = scenario.Parties[scenario.Principals[offer.Proposer]].Id;
            var round = offer.Turn / n;
            var items = scenario.Agenda.Where(i => ScenarioPackages.Agreed(offer.Offer, statusQuo, i)).Select(i => new TextItem(i, offer.Offer[i])).ToList();
            var note = string.Create(CultureInfo.InvariantCulture, $"{proposer} offers (turn {offer.Turn + 1})");
            return new RoundRecord(round, round * minutesPerRound, [note], items, [], [], []);
        })];
    }
}
