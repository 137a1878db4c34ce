using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

/// <summary>Small scenarios built in code, so engine tests do not depend on the shipped files.</summary>
internal static class TestScenarios
{
    /// <summary>
    /// Two principals and a mediator over a swap (both want it), a ceasefire (A wants it, B resists and
    /// links it to territory), territory (A's red line forbids what B's linkage needs) and a summit
    /// (B's delegation has no mandate).
    /// </summary>
    public static Scenario Table(
        bool linkage = true,
        double aTerritoryMax = 40,
        Packaging packaging = Packaging.SeparableItems,
        DelegationLevel bLevel = DelegationLevel.Mid,
        Uncertainty? swapUncertainty = null)
    {
        var issues = new List<Issue>
        {
            Issue("swap", separable: true, statusQuo: 0, unit: new IssueUnit("prisoners per side", 0, 2000)),
            Issue("ceasefire", separable: true, statusQuo: 0),
            Issue("territory", separable: false, statusQuo: 40),
            Issue("summit", separable: true, statusQuo: 0),
        };
        var a = Party("a", PartyRole.Principal, 40, 0.2, 1.0,
            [
                Stance("a", "swap", 50, 0.2, uncertainty: swapUncertainty),
                Stance("a", "ceasefire", 100, 0.3),
                Stance("a", "territory", 0, 0.3, max: aTerritoryMax),
                Stance("a", "summit", 100, 0.2),
            ],
            [],
            Delegation.Leader);
        var bLinkages = linkage
            ? new List<Linkage> { new("ceasefire_needs_withdrawal", "ceasefire only with withdrawal", Cond("b", "ceasefire_needs_withdrawal", "when", "ceasefire", atLeast: 10), Cond("b", "ceasefire_needs_withdrawal", "require", "territory", atLeast: 70), null) }
            : [];
        var mandate = bLevel == DelegationLevel.Leader
            ? new Delegation(DelegationLevel.Leader, [], null)
            : new Delegation(bLevel, [new MandateLimit("summit", null, P("parties.b.delegation.mandate.summit.max", 0))], null);
        var b = Party("b", PartyRole.Principal, 60, 0.2, 1.0,
            [
                Stance("b", "swap", 50, 0.2),
                Stance("b", "ceasefire", 30, 0.2),
                Stance("b", "territory", 100, 0.5, min: 60),
                Stance("b", "summit", 10, 0.1),
            ],
            bLinkages,
            mandate);
        var m = Party("m", PartyRole.Mediator, 20, 0, 1, [Stance("m", "swap", 60, 0.3), Stance("m", "ceasefire", 80, 0.3)], [], Delegation.Leader);
        return new Scenario(
            "test",
            "Test table",
            null,
            issues,
            [a, b, m],
            new ProtocolSettings(ProtocolKind.MediatedSingleText, "m", P("protocol.timeBudgetMinutes", 90), P("protocol.minutesPerRound", 10), 50, packaging, []),
            [],
            new MonteCarloDefaults(100, 7),
            new Dictionary<string, ObservedIssueOutcome>(),
            null);
    }

    public static Parameter P(string path, double value, Uncertainty? uncertainty = null) => new(path, value, null, null, uncertainty);

    private static Issue Issue(string id, bool separable, double statusQuo, IssueUnit? unit = null) =>
        new(id, id, null, [new Anchor(0, "none"), new Anchor(100, "full")], P($"issues.{id}.statusQuo", statusQuo), separable, unit);

    private static Party Party(string id, PartyRole role, double capability, double reservation, double beta, List<Stance> stances, List<Linkage> linkages, Delegation delegation) =>
        new(
            id,
            id.ToUpperInvariant(),
            role,
            P($"parties.{id}.capability", capability),
            P($"parties.{id}.reservationUtility", reservation),
            P($"parties.{id}.concessionBeta", beta),
            P($"parties.{id}.riskAttitude", 0),
            UtilityShape.Linear,
            delegation,
            stances,
            linkages,
            []);

    private static Stance Stance(string party, string issue, double position, double salience, double? min = null, double? max = null, Uncertainty? uncertainty = null)
    {
        var prefix = $"parties.{party}.stances.{issue}";
        RedLine? redLine = min is null && max is null
            ? null
            : new RedLine(min is { } lo ? P($"{prefix}.redLine.min", lo) : null, max is { } hi ? P($"{prefix}.redLine.max", hi) : null, null);
        return new Stance(issue, P($"{prefix}.position", position, uncertainty), P($"{prefix}.salience", salience), redLine);
    }

    private static IssueCondition Cond(string party, string linkage, string part, string issue, double? atLeast = null, double? atMost = null)
    {
        var prefix = $"parties.{party}.linkages.{linkage}.{part}";
        return new IssueCondition(issue, atLeast is { } a ? P($"{prefix}.atLeast", a) : null, atMost is { } b ? P($"{prefix}.atMost", b) : null);
    }
}
