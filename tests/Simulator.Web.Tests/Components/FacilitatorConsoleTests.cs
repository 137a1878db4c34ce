using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

public sealed class FacilitatorConsoleTests : BunitContext
{
    [Fact]
    public void Before_the_start_only_start_is_offered_and_it_sends_the_start_command()
    {
        var table = Views.Table(["ukraine"]);
        var commands = new List<FacilitatorCommand>();
        var cut = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.OnCommand, (FacilitatorCommand c) => commands.Add(c)));

        Assert.False(cut.Find("#start").HasAttribute("disabled"));
        Assert.True(cut.Find("#next").HasAttribute("disabled"));
        Assert.True(cut.Find("#extend").HasAttribute("disabled"));
        cut.Find("#start").Click();
        Assert.Equal([FacilitatorCommand.Start], commands);
    }

    [Fact]
    public void On_a_series_the_next_meeting_is_offered_once_a_meeting_is_over_and_not_after_the_last()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Start));
        var commands = new List<FacilitatorCommand>();
        var running = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table) with { Meetings = 3 }));
        Assert.Empty(running.FindAll("#next-meeting"));
        Assert.Contains("Meeting 1 of 3", running.Markup, StringComparison.Ordinal);

        table.Apply(new ClassInput(ClassInputKind.End));
        var over = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table) with { Meetings = 3 }).Add(p => p.OnCommand, (FacilitatorCommand c) => commands.Add(c)));
        Assert.Contains("Start meeting 2 of 3", over.Find("#next-meeting").TextContent, StringComparison.Ordinal);
        over.Find("#next-meeting").Click();
        Assert.Equal([FacilitatorCommand.NextMeeting], commands);

        var last = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table) with { Meeting = 2, Meetings = 3 }));
        Assert.Empty(last.FindAll("#next-meeting"));
        var single = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table)));
        Assert.Empty(single.FindAll("#next-meeting"));
        Assert.DoesNotContain("Meeting 1 of", single.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_injects_a_timeline_event_or_a_set_change_and_hands_seats_to_the_agent()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Start));
        (int? TimelineEvent, string Set, string Description)? injected = null;
        (string Seat, bool Person)? handed = null;
        var cut = Render<FacilitatorConsole>(ps => ps
            .Add(p => p.View, Views.Room(table))
            .Add(p => p.Timeline, ["Air alert", "Two paths"])
            .Add(p => p.OnInject, ((int?, string, string) e) => injected = e)
            .Add(p => p.OnSeat, ((string, bool) s) => handed = s));

        Assert.True(cut.Find("#start").HasAttribute("disabled"));
        cut.Find("#timeline-event").Change("2");
        cut.Find("#inject-set").Change("parties.russia.concessionBeta=2");
        cut.Find("#inject").Click();
        Assert.Equal((2, "parties.russia.concessionBeta=2", ""), injected);
        cut.Find("[data-seat=ukraine] button.to-agent").Click();
        Assert.Equal(("ukraine", false), handed);
    }

    [Fact]
    public void The_note_under_the_join_code_says_where_classes_live()
    {
        var table = Views.Table(["ukraine"]);
        var embedded = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table)));
        Assert.Contains("restarting it loses running classes", embedded.Markup, StringComparison.Ordinal);

        var cluster = Render<FacilitatorConsole>(ps => ps.Add(p => p.View, Views.Room(table)).Add(p => p.KeepsClasses, true));
        Assert.Contains("kept in the cluster's Redis", cluster.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("loses running classes", cluster.Markup, StringComparison.Ordinal);
    }
}
