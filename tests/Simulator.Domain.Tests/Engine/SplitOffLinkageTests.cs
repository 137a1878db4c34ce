using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

public sealed class SplitOffLinkageTests
{
    [Fact]
    public void Two_items_split_off_in_one_round_never_jointly_break_a_linkage()
    {
        // b accepts x >= 10 only with y <= 5. Alone, each item is fine for b (the other sits at its
        // status quo 0); together they are not. Both principals want 50 on each, so both items
        // pass on their own in the first round.
        static Party Principal(string id, bool linked) => new(
            id, id, PartyRole.Principal,
            TestScenarios.P($"parties.{id}.capability", 50),
            TestScenarios.P($"parties.{id}.reservationUtility", 0),
            TestScenarios.P($"parties.{id}.concessionBeta", 1),
            TestScenarios.P($"parties.{id}.riskAttitude", 0),
            UtilityShape.Linear,
            Delegation.Leader,
            [
                new Stance("x", TestScenarios.P($"parties.{id}.stances.x.position", 50), TestScenarios.P($"parties.{id}.stances.x.salience", 0.5), null),
                new Stance("y", TestScenarios.P($"parties.{id}.stances.y.position", 50), TestScenarios.P($"parties.{id}.stances.y.salience", 0.5), null),
            ],
            linked
                ? [new Linkage("l", null, new IssueCondition("x", TestScenarios.P($"parties.{id}.linkages.l.when.atLeast", 10), null), new IssueCondition("y", null, TestScenarios.P($"parties.{id}.linkages.l.require.atMost", 5)), null)]
                : [],
            []);
        var scenario = new Scenario(
            "split", "split", null,
            [
                new Issue("x", "x", null, [], TestScenarios.P("issues.x.statusQuo", 0), true, null),
                new Issue("y", "y", null, [], TestScenarios.P("issues.y.statusQuo", 0), true, null),
            ],
            [Principal("a", linked: false), Principal("b", linked: true)],
            new ProtocolSettings(ProtocolKind.MediatedSingleText, null, TestScenarios.P("protocol.timeBudgetMinutes", 10), TestScenarios.P("protocol.minutesPerRound", 10), 5, Packaging.SeparableItems, []),
            [], new MonteCarloDefaults(1, 1), new Dictionary<string, ObservedIssueOutcome>(), null);
        var compiled = CompiledScenario.Compile(scenario);
        var result = MediatedSingleTextProtocol.Instance.Run(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: false);
        var x = result.Issues.Single(o => o.Issue == 0);
        var y = result.Issues.Single(o => o.Issue == 1);
        Assert.True(x.Agreed);
        Assert.False(y.Agreed);
    }
}
