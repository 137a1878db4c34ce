using CsCheck;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

/// <summary>Generates random mediated tables: 2–5 issues, 2–3 principals with positions inside random red lines, linkages and mandates.</summary>
internal static class RandomTables
{
    public static Gen<Scenario> Scenario { get; } =
        from issueCount in Gen.Int[2, 5]
        from principalCount in Gen.Int[2, 3]
        from seed in Gen.Int[0, int.MaxValue]
        select Build(issueCount, principalCount, new Random(seed));

    private static Scenario Build(int issueCount, int principalCount, Random random)
    {
        var issues = Enumerable.Range(0, issueCount)
            .Select(i => new Issue($"i{i}", $"i{i}", null, [], TestScenarios.P($"issues.i{i}.statusQuo", Math.Round(random.NextDouble() * 100)), random.NextDouble() < 0.7, null))
            .ToList();
        var parties = new List<Party>();
        for (var p = 0; p < principalCount; p++)
        {
            var id = $"p{p}";
            var weights = Enumerable.Range(0, issueCount).Select(_ => random.NextDouble() + 0.05).ToArray();
            var total = weights.Sum();
            var stances = new List<Stance>();
            for (var i = 0; i < issueCount; i++)
            {
                var position = Math.Round(random.NextDouble() * 100);
                var prefix = $"parties.{id}.stances.i{i}";
                RedLine? redLine = random.NextDouble() < 0.5
                    ? new RedLine(TestScenarios.P($"{prefix}.redLine.min", Math.Round(position * random.NextDouble())), TestScenarios.P($"{prefix}.redLine.max", Math.Round(position + ((100 - position) * random.NextDouble()))), null)
                    : null;
                stances.Add(new Stance($"i{i}", TestScenarios.P($"{prefix}.position", position), TestScenarios.P($"{prefix}.salience", weights[i] / total), redLine));
            }

            var linkages = new List<Linkage>();
            if (random.NextDouble() < 0.6)
            {
                var lp = $"parties.{id}.linkages.l";
                linkages.Add(new Linkage("l", null, new IssueCondition("i0", TestScenarios.P($"{lp}.when.atLeast", Math.Round(random.NextDouble() * 60)), null), new IssueCondition("i1", TestScenarios.P($"{lp}.require.atLeast", Math.Round(random.NextDouble() * 100)), null), null));
            }

            var mandate = random.NextDouble() < 0.4
                ? new Delegation(DelegationLevel.Mid, [new MandateLimit($"i{issueCount - 1}", null, TestScenarios.P($"parties.{id}.delegation.mandate.i{issueCount - 1}.max", Math.Round(random.NextDouble() * 100)))], null)
                : Delegation.Leader;
            parties.Add(new Party(
                id, id, PartyRole.Principal,
                TestScenarios.P($"parties.{id}.capability", 10 + Math.Round(random.NextDouble() * 90)),
                TestScenarios.P($"parties.{id}.reservationUtility", Math.Round(random.NextDouble() * 0.6, 2)),
                TestScenarios.P($"parties.{id}.concessionBeta", 0.2 + (random.NextDouble() * 3)),
                TestScenarios.P($"parties.{id}.riskAttitude", Math.Round((random.NextDouble() * 2) - 1, 2)),
                random.NextDouble() < 0.5 ? UtilityShape.Linear : UtilityShape.Concave,
                mandate, stances, linkages, []));
        }

        parties.Add(new Party("m", "m", PartyRole.Mediator, TestScenarios.P("parties.m.capability", 10), TestScenarios.P("parties.m.reservationUtility", 0), TestScenarios.P("parties.m.concessionBeta", 1), TestScenarios.P("parties.m.riskAttitude", 0), UtilityShape.Linear, Delegation.Leader, [], [], []));
        var packaging = random.NextDouble() < 0.25 ? Packaging.AllOrNothing : Packaging.SeparableItems;
        return new Scenario("random", "random", null, issues, parties,
            new ProtocolSettings(ProtocolKind.MediatedSingleText, "m", TestScenarios.P("protocol.timeBudgetMinutes", 60 + Math.Round(random.NextDouble() * 120)), TestScenarios.P("protocol.minutesPerRound", 5 + Math.Round(random.NextDouble() * 10)), 40, packaging, []),
            [], new MonteCarloDefaults(10, 1), new Dictionary<string, ObservedIssueOutcome>(), null);
    }
}
