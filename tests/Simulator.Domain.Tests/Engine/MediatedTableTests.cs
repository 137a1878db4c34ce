using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

public sealed class MediatedTableTests
{
    private static NegotiationResult RunOnce(Scenario scenario) =>
        ExperimentRunner.Explain(CompiledScenario.Compile(scenario), 1, 0);

    private static IssueOutcome Outcome(NegotiationResult result, Scenario scenario, string issue) =>
        result.Issues.Single(o => o.Issue == scenario.IssueIndex(issue));

    [Fact]
    public void Swap_that_both_principals_want_is_split_off_and_agreed_at_their_shared_position()
    {
        var scenario = TestScenarios.Table();
        var swap = Outcome(RunOnce(scenario), scenario, "swap");
        Assert.True(swap.Agreed);
        Assert.Equal(50, swap.Value, 6);
    }

    [Fact]
    public void Ceasefire_fails_on_the_territorial_linkage_when_the_other_side_cannot_withdraw()
    {
        var scenario = TestScenarios.Table();
        var ceasefire = Outcome(RunOnce(scenario), scenario, "ceasefire");
        Assert.False(ceasefire.Agreed);
        Assert.Equal(BlockerKind.Linkage, ceasefire.Blocker!.Kind);
        Assert.Equal("linkage:b.ceasefire_needs_withdrawal", ceasefire.Blocker.Key);
    }

    [Fact]
    public void Removing_the_linkage_lets_a_ceasefire_be_agreed()
    {
        var scenario = TestScenarios.Table(linkage: false);
        var ceasefire = Outcome(RunOnce(scenario), scenario, "ceasefire");
        Assert.True(ceasefire.Agreed);
        Assert.True(ceasefire.Value >= MediatorDrafter.MinimumMeaningfulChange);
    }

    [Fact]
    public void Relaxing_the_territorial_red_line_changes_what_blocks_the_ceasefire()
    {
        var strict = TestScenarios.Table();
        var relaxed = TestScenarios.Table(aTerritoryMax: 80);
        var strictBlocker = Outcome(RunOnce(strict), strict, "ceasefire").Blocker;
        var relaxedOutcome = Outcome(RunOnce(relaxed), relaxed, "ceasefire");
        Assert.NotEqual(strictBlocker, relaxedOutcome.Blocker);
    }

    [Fact]
    public void Summit_is_blocked_by_a_mid_level_delegation_without_mandate()
    {
        var scenario = TestScenarios.Table();
        var summit = Outcome(RunOnce(scenario), scenario, "summit");
        Assert.False(summit.Agreed);
        Assert.Equal(BlockerKind.Mandate, summit.Blocker!.Kind);
    }

    [Fact]
    public void A_leader_at_the_table_lifts_the_mandate_block_on_the_summit()
    {
        var scenario = TestScenarios.Table(bLevel: DelegationLevel.Leader);
        var summit = Outcome(RunOnce(scenario), scenario, "summit");
        Assert.NotEqual(BlockerKind.Mandate, summit.Blocker?.Kind);
    }

    [Fact]
    public void All_or_nothing_packaging_sinks_the_swap_with_the_ceasefire()
    {
        var scenario = TestScenarios.Table(packaging: Packaging.AllOrNothing);
        var result = RunOnce(scenario);
        Assert.False(Outcome(result, scenario, "swap").Agreed);
        Assert.Equal(EndReason.Deadlock, result.EndReason);
    }

    [Fact]
    public void Transcript_records_every_round_with_the_mediators_text()
    {
        var scenario = TestScenarios.Table();
        var result = RunOnce(scenario);
        Assert.NotNull(result.Transcript);
        Assert.Equal(result.Rounds, result.Transcript!.Count);
        Assert.NotEmpty(result.Transcript[0].Text);
        Assert.Equal(2, result.Transcript[0].Responses.Count);
    }
}
