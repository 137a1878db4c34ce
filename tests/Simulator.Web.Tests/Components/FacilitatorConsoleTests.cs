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
}
