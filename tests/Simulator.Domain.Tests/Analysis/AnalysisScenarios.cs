using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>
/// A small Istanbul-like table built in code: Ukraine and Russia as principals, Turkey chairing,
/// the US and Europe outside. Russia links a ceasefire to territory Ukraine's red line rules out.
/// </summary>
internal static class AnalysisScenarios
{
    public static Scenario Istanbul(
        double ceasefireTrigger = 10,
        double ukraineTerritoryMax = 40,
        double russiaTerritoryNeeded = 70,
        bool linkage = true,
        bool russiaMidLevel = true,
        UtilityShape shape = UtilityShape.Linear)
    {
        Issue[] issues =
        [
            Issue("prisoner_exchange", 0, separable: true),
            Issue("ceasefire", 0, separable: true),
            Issue("territory", 20, separable: false),
            Issue("leaders_summit", 0, separable: true),
        ];
        var ukraine = Party("ukraine", PartyRole.Principal, 30, shape,
            [
                Stance("ukraine", "prisoner_exchange", 100, 0.2),
                Stance("ukraine", "ceasefire", 100, 0.35),
                Stance("ukraine", "territory", 0, 0.3, max: ukraineTerritoryMax),
                Stance("ukraine", "leaders_summit", 100, 0.15),
            ],
            [],
            Delegation.Leader);
        var russiaLinkages = linkage
            ? new List<Linkage>
            {
                new(
                    "ceasefire_needs_withdrawal",
                    "a ceasefire only if Ukraine withdraws",
                    new IssueCondition("ceasefire", P("parties.russia.linkages.ceasefire_needs_withdrawal.when.atLeast", ceasefireTrigger), null),
                    new IssueCondition("territory", P("parties.russia.linkages.ceasefire_needs_withdrawal.require.atLeast", russiaTerritoryNeeded), null),
                    null),
            }
            : [];
        var russiaDelegation = russiaMidLevel
            ? new Delegation(DelegationLevel.Mid, [new MandateLimit("leaders_summit", null, P("parties.russia.delegation.mandate.leaders_summit.max", 0))], null)
            : Delegation.Leader;
        var russia = Party("russia", PartyRole.Principal, 30, shape,
            [
                Stance("russia", "prisoner_exchange", 80, 0.2),
                Stance("russia", "ceasefire", 0, 0.2),
                Stance("russia", "territory", 100, 0.5, min: 50),
                Stance("russia", "leaders_summit", 20, 0.1),
            ],
            russiaLinkages,
            russiaDelegation);
        var turkey = Party("turkey", PartyRole.Mediator, 5, shape, [Stance("turkey", "prisoner_exchange", 100, 0.5), Stance("turkey", "ceasefire", 80, 0.5)], [], Delegation.Leader);
        var usa = Party("usa", PartyRole.Patron, 20, shape, [Stance("usa", "ceasefire", 100, 0.6)], [], Delegation.Leader);
        var europe = Party("europe", PartyRole.Patron, 15, shape, [Stance("europe", "ceasefire", 100, 0.6), Stance("europe", "territory", 0, 0.4)], [], Delegation.Leader);
        return new Scenario(
            "analysis-test",
            "Analysis test table",
            null,
            issues,
            [ukraine, russia, turkey, usa, europe],
            new ProtocolSettings(ProtocolKind.MediatedSingleText, "turkey", P("protocol.timeBudgetMinutes", 90), P("protocol.minutesPerRound", 10), 40, Packaging.SeparableItems, []),
            [],
            new MonteCarloDefaults(50, 7),
            new Dictionary<string, ObservedIssueOutcome>(),
            null);
    }

    /// <summary>
    /// Two principals (capabilities 2 and 1) who both want a bonus (status quo 0) and split a pie
    /// (status quo 50, a wants 100, b wants 0), equal saliences: their gains over no deal form the
    /// linear pie of THEORY.md, so Nash splits at 50 and the capability-weighted Nash at 83⅓.
    /// </summary>
    public static Scenario Split(UtilityShape shape = UtilityShape.Linear)
    {
        Issue[] issues = [Issue("split", 50, separable: true), Issue("bonus", 0, separable: true)];
        var a = Party("a", PartyRole.Principal, 2, shape, [Stance("a", "split", 100, 0.5), Stance("a", "bonus", 100, 0.5)], [], Delegation.Leader);
        var b = Party("b", PartyRole.Principal, 1, shape, [Stance("b", "split", 0, 0.5), Stance("b", "bonus", 100, 0.5)], [], Delegation.Leader);
        return new Scenario(
            "split",
            "Split and bonus",
            null,
            issues,
            [a, b],
            new ProtocolSettings(ProtocolKind.MediatedSingleText, null, P("protocol.timeBudgetMinutes", 90), P("protocol.minutesPerRound", 10), 40, Packaging.SeparableItems, []),
            [],
            new MonteCarloDefaults(50, 7),
            new Dictionary<string, ObservedIssueOutcome>(),
            null);
    }

    public static Parameter P(string path, double value) => new(path, value);

    private static Issue Issue(string id, double statusQuo, bool separable) =>
        new(id, id, null, [new Anchor(0, "none"), new Anchor(100, "full")], P($"issues.{id}.statusQuo", statusQuo), separable, null);

    private static Party Party(string id, PartyRole role, double capability, UtilityShape shape, List<Stance> stances, List<Linkage> linkages, Delegation delegation) =>
        new(
            id,
            id,
            role,
            P($"parties.{id}.capability", capability),
            P($"parties.{id}.reservationUtility", 0.2),
            P($"parties.{id}.concessionBeta", 1.0),
            P($"parties.{id}.riskAttitude", 0),
            shape,
            delegation,
            stances,
            linkages,
            []);

    private static Stance Stance(string party, string issue, double position, double salience, double? min = null, double? max = null)
    {
        var prefix = $"parties.{party}.stances.{issue}";
        RedLine? redLine = min is null && max is null
            ? null
            : new RedLine(min is { } lo ? P($"{prefix}.redLine.min", lo) : null, max is { } hi ? P($"{prefix}.redLine.max", hi) : null, null);
        return new Stance(issue, P($"{prefix}.position", position), P($"{prefix}.salience", salience), redLine);
    }
}
