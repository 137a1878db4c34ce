using System.Text.Json;
using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Domain.MonteCarlo;
using Simulator.Web.Api;
using Simulator.Web.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

/// <summary>
/// When the facilitator ends the talks, the debrief page, its HTML file, its JSON, the transcript, the
/// notices and the projector all give the same round: an open round counts and its notice is filed
/// under it; before the first round nothing counts.
/// </summary>
public sealed class DebriefEndingTests : BunitContext
{
    [Fact]
    public void Ended_in_an_open_round_every_face_of_the_class_counts_that_round()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Start), new ClassInput(ClassInputKind.TimeUp) { Round = 0 });
        Assert.Equal(ClassPhase.Answering, table.Phase);
        Assert.Equal(1, table.Round);
        table.Apply(new ClassInput(ClassInputKind.End));
        var debrief = Debrief(table);

        const string Ending = "The talks ended in round 2, before it closed: the talks were ended by the facilitator.";
        Assert.Equal(2, debrief.Rounds);
        Assert.Equal(Ending, debrief.Ending);
        var page = Render<DebriefView>(ps => ps.Add(p => p.Debrief, debrief).Add(p => p.Code, "ABCDEF"));
        Assert.Equal(Ending, page.Find("#ending").TextContent);
        Assert.Contains("Round 2: The facilitator ended the talks before this round closed.", page.Find(".notices").TextContent, StringComparison.Ordinal);
        var html = DebriefHtml.Write(debrief);
        Assert.Contains($"<p>{Ending} Compared with", html, StringComparison.Ordinal);
        Assert.Contains("<li>Round 2: The facilitator ended the talks before this round closed.</li>", html, StringComparison.Ordinal);
        Assert.Contains($"\"ending\":\"{Ending}\"", JsonSerializer.Serialize(debrief, JsonSerializerOptions.Web), StringComparison.Ordinal);

        // The transcript shows round 2 as it stood (its draft, no answers) and ends after the same 2 rounds.
        Assert.Contains("\nRound 2 (minute ", debrief.Transcript, StringComparison.Ordinal);
        Assert.Contains("Ended after 2 round(s)", debrief.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Round 3", debrief.Transcript, StringComparison.Ordinal);

        var projector = Render<ProjectorView>(ps => ps.Add(p => p.View, Views.Room(table)));
        Assert.Equal(Ending, projector.Find("#ending").TextContent);
        Assert.Equal(2, ClassStatus.Of(Views.Room(table)).Round);
    }

    [Fact]
    public void Ended_before_the_first_round_no_round_counts_and_the_notice_says_so()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.End));
        var debrief = Debrief(table);

        const string Ending = "The talks ended before the first round: the talks were ended by the facilitator.";
        Assert.Equal(0, debrief.Rounds);
        Assert.Equal(Ending, debrief.Ending);
        var page = Render<DebriefView>(ps => ps.Add(p => p.Debrief, debrief).Add(p => p.Code, "ABCDEF"));
        Assert.Equal(Ending, page.Find("#ending").TextContent);
        Assert.Equal("Before round 1: The facilitator ended the talks.", page.Find(".notices .notice").TextContent);
        Assert.Contains("Ended after 0 round(s)", debrief.Transcript, StringComparison.Ordinal);
        Assert.Equal(Ending, Render<ProjectorView>(ps => ps.Add(p => p.View, Views.Room(table))).Find("#ending").TextContent);
    }

    [Fact]
    public void Talks_that_end_by_themselves_show_on_the_projector_the_rounds_the_debrief_counts()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Start));
        for (var k = 0; k < 100 && table.Phase != ClassPhase.Over; k++)
        {
            table.Apply(new ClassInput(ClassInputKind.TimeUp) { Round = table.Round });
        }

        var debrief = Debrief(table);
        Assert.False(debrief.EndedMidRound);
        Assert.Matches(@"^The talks ended after \d+ round\(s\): ", debrief.Ending);
        Assert.Contains($"Ended after {debrief.Rounds} round(s)", debrief.Transcript, StringComparison.Ordinal);
        var view = Views.Room(table);
        Assert.Equal(debrief.Ending, Render<ProjectorView>(ps => ps.Add(p => p.View, view)).Find("#ending").TextContent);
        Assert.Equal(debrief.Rounds, ClassStatus.Of(view).Round);
    }

    private static Debrief Debrief(ClassTable table) =>
        DebriefBuilder.Build(table, ExperimentRunner.Run(table.Scenario, 40, table.Scenario.Scenario.MonteCarlo.Seed), DebriefBuilder.Bargaining(table.Scenario));
}
