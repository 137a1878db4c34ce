using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

public sealed class SeatViewTests : BunitContext
{
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
