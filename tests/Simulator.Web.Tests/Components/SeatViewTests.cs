using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

public sealed class SeatViewTests : BunitContext
{
    [Fact]
    public void A_seat_and_the_projector_see_why_the_chair_held_an_item_short_of_a_trigger()
    {
        // With the scenario's base values the chair's agent holds the ceasefire under Russia's trigger from round 2 on.
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Start), new ClassInput(ClassInputKind.TimeUp) { Round = 0 });
        Assert.NotEmpty(table.Session.PendingHeldShort);

        var seat = Render<SeatView>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.Private, Views.Seat(table, "ukraine")));
        var projector = Render<ProjectorView>(ps => ps.Add(p => p.View, Views.Room(table)));

        foreach (var cut in new IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] { seat, projector })
        {
            var note = cut.Find(".held-short li").TextContent;
            Assert.StartsWith("Held short of a trigger: Ceasefire at 10 (Russia accepts Ceasefire >= 15", note, StringComparison.Ordinal);
            Assert.Contains("Russia, whose linkage it is, gains from it", note, StringComparison.Ordinal);
        }

        Assert.Contains(table.Session.PendingHeldShort, n => n.StartsWith("ceasefire at 10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seat_sees_what_the_draft_is_worth_and_sends_a_rejection_with_its_reason_and_counter_value()
    {
        var table = Views.Table(["ukraine", "russia"], new ClassInput(ClassInputKind.Start));
        IReadOnlyList<ItemAnswer>? sent = null;
        var cut = Render<SeatView>(ps => ps
            .Add(p => p.View, Views.Room(table))
            .Add(p => p.Private, Views.Seat(table, "ukraine"))
            .Add(p => p.OnAnswer, (IReadOnlyList<ItemAnswer> a) => sent = a));

        Assert.Contains("What it is worth to you", cut.Find("#worth").TextContent, StringComparison.Ordinal);
        Assert.Contains("Your private brief: Ukraine", cut.Markup, StringComparison.Ordinal);
        foreach (var issue in table.Question!.Text.Select(t => table.Scenario.Scenario.Issues[t.Issue].Id).Where(i => i != "territory"))
        {
            cut.Find($"[data-issue={issue}] input.accept").Change(true);
        }

        cut.Find("[data-issue=territory] input.reject").Change(true);
        cut.Find("[data-issue=territory] select.reason").Change(nameof(RejectReason.NotEnough));
        cut.Find("[data-issue=territory] input.counter").Change("30");
        cut.Find("#submit-answer").Click();

        Assert.NotNull(sent);
        Assert.Equal(table.Question!.Text.Count, sent!.Count);
        var territory = Assert.Single(sent, a => a.IssueId == "territory");
        Assert.False(territory.Accept);
        Assert.Equal(RejectReason.NotEnough, territory.Reason);
        Assert.Equal(30, territory.Counter);
        Assert.All(sent.Where(a => a.IssueId != "territory"), a => Assert.True(a.Accept));
    }

    [Fact]
    public void Nothing_is_chosen_at_first_and_a_seat_cannot_send_until_every_item_has_an_answer()
    {
        var table = Views.Table(["ukraine", "russia"], new ClassInput(ClassInputKind.Start));
        IReadOnlyList<ItemAnswer>? sent = null;
        var cut = Render<SeatView>(ps => ps
            .Add(p => p.View, Views.Room(table))
            .Add(p => p.Private, Views.Seat(table, "ukraine"))
            .Add(p => p.OnAnswer, (IReadOnlyList<ItemAnswer> a) => sent = a));
        var issues = table.Question!.Text.Select(t => table.Scenario.Scenario.Issues[t.Issue]).ToList();

        Assert.DoesNotContain(cut.FindAll("input[type=radio]"), r => r.HasAttribute("checked"));
        cut.Find($"[data-issue={issues[0].Id}] input.accept").Change(true);
        cut.Find("#submit-answer").Click();

        Assert.Null(sent);
        var missing = cut.Find("#answer-missing").TextContent;
        Assert.Contains("Answer every item before sending", missing, StringComparison.Ordinal);
        Assert.DoesNotContain(issues[0].Label, missing, StringComparison.Ordinal);
        Assert.All(issues.Skip(1), i => Assert.Contains(i.Label, missing, StringComparison.Ordinal));
        foreach (var issue in issues.Skip(1))
        {
            cut.Find($"[data-issue={issue.Id}] input.reject").Change(true);
        }

        cut.Find("#submit-answer").Click();
        Assert.NotNull(sent);
        Assert.Empty(cut.FindAll("#answer-missing"));
        Assert.True(Assert.Single(sent!, a => a.IssueId == issues[0].Id).Accept);
        Assert.All(sent!.Where(a => a.IssueId != issues[0].Id), a => Assert.False(a.Accept));
    }

    [Fact]
    public void A_limit_the_draft_crosses_is_worded_with_names_labels_and_the_scale_and_its_item_is_flagged()
    {
        var table = Views.Table(["ukraine", "russia"], new ClassInput(ClassInputKind.Start));
        var cut = Render<SeatView>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.Private, Views.Seat(table, "ukraine")));

        var notices = cut.FindAll(".answer p.notice").Select(n => n.TextContent).ToList();
        Assert.Contains(notices, n => n.StartsWith("Your brief: Ukraine's red line on Territory: at most 40", StringComparison.Ordinal));
        Assert.All(notices, n => Assert.DoesNotContain("ukraine's", n, StringComparison.Ordinal));
        Assert.All(notices, n => Assert.DoesNotContain("<=", n, StringComparison.Ordinal));
        Assert.Contains("beyond-limit", cut.Find("[data-issue=territory]").ClassName, StringComparison.Ordinal);
        Assert.Contains("beyond your red line", cut.Find("[data-issue=territory]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("beyond-limit", cut.Find("[data-issue=prisoner_exchange]").ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_seat_whose_answer_is_in_is_told_so_and_a_timed_out_seat_sees_the_agent_answered()
    {
        var start = new ClassInput(ClassInputKind.Start);
        var table = Views.Table(["ukraine", "russia"], start);
        var accept = new ClassInput(ClassInputKind.Answer) { Party = "ukraine", Round = 0, Answers = [.. table.Question!.Text.Select(t => new ItemAnswer(table.Scenario.Scenario.Issues[t.Issue].Id, true))] };
        table.Apply(accept);
        var cut = Render<SeatView>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.Private, Views.Seat(table, "ukraine")));
        Assert.Contains("Your answer is in", cut.Find("#answer-in").TextContent, StringComparison.Ordinal);

        table.Apply(new ClassInput(ClassInputKind.TimeUp) { Round = 0 });
        var after = Render<SeatView>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.Private, Views.Seat(table, "russia")));
        Assert.Contains("time ran out: the agent answered for Russia", after.Markup, StringComparison.Ordinal);
    }
}
