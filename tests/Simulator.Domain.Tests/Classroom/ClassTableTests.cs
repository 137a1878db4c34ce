using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Classroom;

public sealed class ClassTableTests
{
    private static readonly Lazy<CompiledScenario> Istanbul = new(() => CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"))));

    private static ClassTable Table(params string[] human)
    {
        var table = new ClassTable(Istanbul.Value, human);
        table.Apply(new ClassInput(ClassInputKind.Start));
        return table;
    }

    private static ClassInput AcceptAll(ClassTable table, string party) => new(ClassInputKind.Answer)
    {
        Party = party,
        Round = table.Round,
        Answers = [.. table.Question!.Text.Select(t => new ItemAnswer(table.Scenario.Scenario.Issues[t.Issue].Id, true))],
    };

    [Fact]
    public void A_refused_answer_names_the_seat_and_the_item_as_the_student_reads_them()
    {
        var table = Table("ukraine");
        var missing = AcceptAll(table, "ukraine") with { Answers = [.. AcceptAll(table, "ukraine").Answers.Where(a => a.IssueId != "military_limits")] };

        var incomplete = Assert.Throws<ClassInputException>(() => table.Apply(missing));
        Assert.Equal("answer every item of the draft: Limits on Ukraine's military (military_limits) is missing", incomplete.Message);

        var late = AcceptAll(table, "ukraine");
        table.Apply(new ClassInput(ClassInputKind.SeatControl) { Party = "ukraine", Flag = false });
        var handedOver = Assert.Throws<ClassInputException>(() => table.Apply(late));
        Assert.Equal("Ukraine is played by the software agent now", handedOver.Message);
    }

    [Fact]
    public void With_no_people_a_class_plays_exactly_as_the_engine_does()
    {
        var table = Table();
        var engine = new MediatedSession(Istanbul.Value, Istanbul.Value.Parameters.CopyBaseValues(), recordTranscript: true);
        for (var k = 0; k < 100 && engine.BeginRound() is { } q; k++)
        {
            engine.CompleteRound([.. Istanbul.Value.Principals.Select(p => engine.AgentAnswer(p, q))]);
        }

        Assert.Equal(ClassPhase.Over, table.Phase);
        Assert.Equal(engine.Transcript.Count, table.Rounds.Count);
        Assert.Equal(
            engine.Result().Issues.Select(i => (i.Issue, i.Agreed, i.Value)),
            table.Session.Result().Issues.Select(i => (i.Issue, i.Agreed, i.Value)));
    }

    [Fact]
    public void A_round_waits_for_every_person_and_keeps_an_answer_given_before_the_others()
    {
        var table = Table("ukraine", "russia");
        Assert.Equal(ClassPhase.Answering, table.Phase);
        table.Apply(AcceptAll(table, "ukraine"));
        Assert.Equal(0, table.Round);
        Assert.True(table.HasAnswered("ukraine"));
        table.Apply(new ClassInput(ClassInputKind.TimeUp) { Round = 0 });

        var closed = Assert.Single(table.Rounds);
        Assert.Equal(AnswerSource.Person, closed.Answers.Single(a => a.Party == "ukraine").Source);
        Assert.Equal(AnswerSource.TimedOut, closed.Answers.Single(a => a.Party == "russia").Source);
        Assert.Contains(table.Notices, n => n.Text == "time ran out: the agent answered for Russia" && n.Party == "russia");
    }

    [Fact]
    public void A_rejection_for_one_of_the_seats_own_limits_teaches_the_mediator_that_limit()
    {
        var table = Table("ukraine");
        var q = table.Question!;
        var territory = table.Scenario.Scenario.IssueIndex("territory");
        var answers = q.Text.Select(t => new ItemAnswer(table.Scenario.Scenario.Issues[t.Issue].Id, t.Issue != territory, t.Issue == territory ? RejectReason.OwnLimit : RejectReason.None)).ToList();
        Assert.Contains(q.Text, t => t.Issue == territory);
        var mapped = AnswerMapping.ToPartyAnswer(table.Session, table.PartyIndex("ukraine"), q, answers);

        var objection = Assert.Single(mapped.OnText.Objections);
        Assert.Equal(ObjectionKind.RedLine, objection.Kind);
        Assert.Equal(territory, objection.BoundIssue);
        Assert.NotNull(objection.Max);
    }

    [Fact]
    public void A_human_chair_replaces_the_engines_draft_and_the_principals_answer_that_text()
    {
        var table = Table("turkey");
        Assert.Equal(ClassPhase.Drafting, table.Phase);
        table.Apply(new ClassInput(ClassInputKind.Draft)
        {
            Party = "turkey",
            Round = 0,
            Draft = [new("prisoner_exchange", 50), new("follow_up_talks", 50)],
            Separate = ["prisoner_exchange"],
        });

        var first = table.Rounds[0];
        Assert.True(first.DraftedByPerson);
        Assert.Equal(2, first.Question.Text.Count);
        Assert.Contains(first.Agreed, t => t.Issue == table.Scenario.Scenario.IssueIndex("prisoner_exchange") && t.Value == 50);
    }

    [Theory]
    [InlineData("prisoner_exchange", 150.0)]
    [InlineData("no_such_issue", 50.0)]
    public void A_chair_cannot_draft_off_the_scale_or_off_the_agenda(string issue, double value)
    {
        var table = Table("turkey");
        var ex = Assert.Throws<ClassInputException>(() => table.Apply(new ClassInput(ClassInputKind.Draft) { Party = "turkey", Round = 0, Draft = [new(issue, value)] }));
        Assert.Contains(issue, ex.Message, StringComparison.Ordinal);
        Assert.Equal(ClassPhase.Drafting, table.Phase);
    }

    [Fact]
    public void A_patron_presses_within_the_strength_the_scenario_gives_it()
    {
        var table = Table("usa", "ukraine");
        var path = "parties.usa.influences.russia.strength";
        table.Apply(new ClassInput(ClassInputKind.Influence) { Party = "usa", Target = "russia", Flag = true });
        table.Apply(AcceptAll(table, "ukraine"));

        Assert.Equal(0.6, table.Session.Values[table.Scenario.Parameters.IndexOf(path)], 9);
        Assert.Throws<ClassInputException>(() => table.Apply(new ClassInput(ClassInputKind.Influence) { Party = "usa", Target = "turkey", Flag = true }));
    }

    [Fact]
    public void Replaying_the_recorded_inputs_rebuilds_the_same_class()
    {
        var inputs = new List<ClassInput>
        {
            new(ClassInputKind.Start),
            new(ClassInputKind.Inject) { Changes = [new("parties.russia.concessionBeta", 2)], Text = "Kremlin call" },
        };
        var live = new ClassTable(Istanbul.Value, ["ukraine"]);
        foreach (var input in inputs)
        {
            live.Apply(input);
        }

        for (var k = 0; k < 4 && live.Phase != ClassPhase.Over; k++)
        {
            var answer = AcceptAll(live, "ukraine");
            inputs.Add(answer);
            live.Apply(answer);
        }

        var replayed = new ClassTable(Istanbul.Value, ["ukraine"]);
        foreach (var json in inputs.Select(ClassInputJson.Write))
        {
            replayed.Apply(ClassInputJson.Read(json));
        }

        Assert.Equal(live.Version, replayed.Version);
        Assert.Equal(live.Round, replayed.Round);
        Assert.Equal(live.Question?.Text, replayed.Question?.Text);
        Assert.Equal(TranscriptFormatter.Format(Istanbul.Value, live.Session.Result()), TranscriptFormatter.Format(Istanbul.Value, replayed.Session.Result()));
    }

    [Fact]
    public void An_answer_must_cover_the_draft_and_only_the_draft()
    {
        var table = Table("ukraine");
        var missing = AcceptAll(table, "ukraine") with { };
        var partial = missing with { Answers = missing.Answers.Skip(1).ToList() };
        Assert.Contains("missing", Assert.Throws<ClassInputException>(() => table.Apply(partial)).Message, StringComparison.Ordinal);
        var extra = missing with { Answers = [.. missing.Answers, new ItemAnswer("made_up", true)] };
        Assert.Contains("made_up", Assert.Throws<ClassInputException>(() => table.Apply(extra)).Message, StringComparison.Ordinal);
        var wrongSeat = missing with { Party = "turkey" };
        Assert.Throws<ClassInputException>(() => table.Apply(wrongSeat));
    }

    [Fact]
    public void Ended_in_an_open_round_the_round_counts_and_its_notice_is_filed_under_it()
    {
        var table = Table("ukraine");
        table.Apply(AcceptAll(table, "ukraine"));
        Assert.Equal(1, table.Round);
        var open = table.Question!;

        table.Apply(new ClassInput(ClassInputKind.End));

        Assert.True(table.EndedMidRound);
        Assert.Equal(2, table.RoundsPlayed);
        Assert.Equal(new ClassNotice(1, "The facilitator ended the talks before this round closed."), table.Notices[^1]);
        Assert.Equal("Round 2", table.Notices[^1].Heading);
        var result = table.Result();
        Assert.Equal(2, result.Rounds);
        Assert.Equal(EndReason.Stopped, result.EndReason);
        var cut = result.Transcript![^1];
        Assert.Equal((1, open.Text), (cut.Round, cut.Text));
        Assert.Empty(cut.Responses);
        Assert.Equal(1, table.Session.Result().Rounds);
        Assert.Contains("Ended after 2 round(s)", TranscriptFormatter.Format(Istanbul.Value, result), StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_while_the_person_in_the_chair_drafts_the_round_counts_with_no_text_put()
    {
        var table = Table("turkey");
        Assert.Equal(ClassPhase.Drafting, table.Phase);

        table.Apply(new ClassInput(ClassInputKind.End));

        Assert.Equal(1, table.RoundsPlayed);
        Assert.Equal(0, table.Notices[^1].Round);
        var cut = Assert.Single(table.Result().Transcript!);
        Assert.Empty(cut.Text);
        Assert.Empty(cut.Responses);
    }

    [Fact]
    public void Ended_before_the_first_round_nothing_counts_and_the_notice_comes_before_round_one()
    {
        var table = new ClassTable(Istanbul.Value, ["ukraine"]);

        table.Apply(new ClassInput(ClassInputKind.End));

        Assert.False(table.EndedMidRound);
        Assert.Equal(0, table.RoundsPlayed);
        Assert.Equal(ClassNotice.BeforeTheTalks, table.Notices[^1].Round);
        Assert.Equal("Before round 1", table.Notices[^1].Heading);
        Assert.Equal(0, table.Result().Rounds);
        Assert.Empty(table.Result().Transcript!);
    }
}
