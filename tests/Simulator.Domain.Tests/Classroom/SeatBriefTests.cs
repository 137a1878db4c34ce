using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Classroom;

public sealed class SeatBriefTests
{
    private static readonly Lazy<CompiledScenario> Istanbul = new(() => CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"))));

    [Fact]
    public void Russias_brief_states_its_linkage_and_mandate_with_their_sources()
    {
        var brief = SeatBriefBuilder.Build(Istanbul.Value.Scenario, "russia");

        Assert.Equal(ClassSeatRole.Principal, brief.Role);
        Assert.Contains(brief.Items, i => i.Key.StartsWith("linkage:", StringComparison.Ordinal) && i.Text.Contains("Ceasefire", StringComparison.OrdinalIgnoreCase));
        var mandate = Assert.Single(brief.Items, i => i.Key == "mandate:leaders_summit");
        Assert.False(string.IsNullOrEmpty(mandate.Quote ?? mandate.Note));
        Assert.Contains(brief.Issues, i => i.IssueId == "prisoner_exchange" && i.PositionText.Contains("prisoners per side", StringComparison.Ordinal));
    }

    [Fact]
    public void A_patrons_brief_gives_its_influence_and_the_range_it_may_move_it_in()
    {
        var brief = SeatBriefBuilder.Build(Istanbul.Value.Scenario, "usa");
        var item = Assert.Single(brief.Items, i => i.Key == "influence:russia");
        Assert.Contains("between 0.2 and 0.6", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worth_of_a_draft_is_the_evaluators_share_against_the_seats_aspiration()
    {
        var table = new ClassTable(Istanbul.Value, ["ukraine"]);
        table.Apply(new ClassInput(ClassInputKind.Start));
        var q = table.Question!;
        var p = table.PartyIndex("ukraine");
        var worth = DraftWorth.Of(table.Session, p, q);
        var agent = table.Session.AgentAnswer(p, q);

        Assert.Equal(agent.OnText.Aspiration, worth.Aspiration);
        Assert.Equal(agent.OnText.Accepted, worth.MeetsAspiration);
        Assert.InRange(worth.WalkAway, 0, 1);
    }

    [Fact]
    public void A_crossed_limit_is_worded_with_the_party_s_name_the_issue_s_label_and_the_scale_and_its_items_are_listed()
    {
        var table = new ClassTable(Istanbul.Value, ["ukraine"]);
        table.Apply(new ClassInput(ClassInputKind.Start));
        var q = table.Question!;
        var s = table.Scenario;
        var p = table.PartyIndex("ukraine");
        var worth = DraftWorth.Of(table.Session, p, q);
        var territory = s.Scenario.Issues.Single(i => i.Id == "territory");
        var drafted = q.Text.Single(t => s.Scenario.Issues[t.Issue].Id == "territory").Value;

        Assert.Contains($"Ukraine's red line on Territory: at most {ScaleText.Of(territory, 40)}", worth.LimitsCrossed);
        Assert.True(drafted > 40);
        Assert.Contains("territory", worth.ItemsBeyondLimits);
        Assert.All(worth.ItemsBeyondLimits, id => Assert.Contains(q.Text, t => s.Scenario.Issues[t.Issue].Id == id));
        Assert.DoesNotContain("prisoner_exchange", worth.ItemsBeyondLimits);
        Assert.All(worth.LimitsCrossed, l => Assert.DoesNotContain("<=", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_debrief_sets_the_class_beside_history_and_the_simulated_talks()
    {
        var table = new ClassTable(Istanbul.Value, []);
        table.Apply(new ClassInput(ClassInputKind.Start));
        var simulated = ExperimentRunner.Run(Istanbul.Value, 100, 20250516);
        var debrief = DebriefBuilder.Build(table, simulated, DebriefBuilder.Bargaining(Istanbul.Value));

        var swap = Assert.Single(debrief.Issues, i => i.Id == "prisoner_exchange");
        Assert.True(swap.Agreed);
        Assert.True(swap.ObservedAgreed);
        Assert.StartsWith("Your class agreed Prisoner exchange", swap.Sentence, StringComparison.Ordinal);
        var ceasefire = Assert.Single(debrief.Issues, i => i.Id == "ceasefire");
        Assert.False(ceasefire.Agreed);
        Assert.NotNull(ceasefire.Blocker);
        Assert.Equal(2, debrief.Paths.Count);
        Assert.All(debrief.Paths, path => Assert.Equal(table.Rounds.Count, path.Points.Count));
        Assert.Contains(debrief.Solutions, s => s.Concept == "Nash" && s.Distance >= 0);
        Assert.Contains("Round 1", debrief.Transcript, StringComparison.Ordinal);
    }
}
