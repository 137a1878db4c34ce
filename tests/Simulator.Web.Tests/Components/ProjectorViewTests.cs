using Bunit;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

public sealed class ProjectorViewTests : BunitContext
{
    [Fact]
    public void The_projector_shows_who_has_answered_but_not_what_until_the_round_closes()
    {
        var table = Views.Table(["ukraine", "russia"], new ClassInput(ClassInputKind.Start));
        var items = table.Question!.Text.Select(t => table.Scenario.Scenario.Issues[t.Issue].Id).ToList();
        table.Apply(new ClassInput(ClassInputKind.Answer) { Party = "ukraine", Round = 0, Answers = [.. items.Select(i => new ItemAnswer(i, i != "territory", i == "territory" ? RejectReason.Other : RejectReason.None, i == "territory" ? "secret reason" : null))] });
        var cut = Render<ProjectorView>(ps => ps.Add(p => p.View, Views.Room(table, new ClassSeatHolder("ukraine", "Olena"))).Add(p => p.JoinUrl, "http://school/join/ABCDEF"));

        Assert.Equal("ABCDEF", cut.Find("#join-code").TextContent);
        Assert.NotNull(cut.Find("[data-seat=ukraine] .answered"));
        Assert.NotNull(cut.Find("[data-seat=russia] .waiting"));
        Assert.Contains("Olena", cut.Find("[data-seat=ukraine]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("secret reason", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("1:35", cut.Find("#clock").TextContent);

        table.Apply(new ClassInput(ClassInputKind.TimeUp) { Round = 0 });
        var closed = Render<ProjectorView>(ps => ps.Add(p => p.View, Views.Room(table)));
        Assert.Contains("secret reason", closed.Markup, StringComparison.Ordinal);
        Assert.Contains("time ran out: the agent answered for Russia", closed.Markup, StringComparison.Ordinal);
    }
}
