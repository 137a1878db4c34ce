using System.Text.Json;
using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Sessions;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Sessions;

[Collection(TwoSiloCollection.Name)]
public sealed class SessionGrainTests(TwoSiloCluster fixture)
{
    private static readonly TimeSpan NoHumans = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Running_to_the_end_gives_the_same_outcome_and_rounds_as_the_domain_session()
    {
        var session = NewSession(out _);
        var info = await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans));

        var status = await session.RunToEnd();

        var expected = DomainOutcome();
        Assert.Equal(["ukraine", "russia"], info.Principals.Order().Reverse());
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(status.Outcome));
        var transcript = await session.GetTranscript();
        Assert.NotEmpty(transcript);
        Assert.Equal(Enumerable.Range(0, transcript.Length), transcript.Select(r => r.Round));
    }

    [Fact]
    public async Task Step_plays_one_round_at_a_time_and_observers_see_each_question_round_and_the_end()
    {
        var session = NewSession(out _);
        var recorder = new SessionRecorder();
        var reference = fixture.Client.CreateObjectReference<ISessionObserver>(recorder);
        await session.Subscribe(reference);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans));

        var first = await session.Step();
        var afterOne = await session.GetStatus();
        await session.RunToEnd();
        var outcome = await recorder.Ended;

        Assert.NotNull(first);
        Assert.Equal(0, first.Round);
        Assert.Equal(2, first.Answers.Length);
        Assert.Contains(first.Answers, a => !a.OnText.Accepted && a.OnText.Objections.Length > 0);
        Assert.Equal(1, afterOne.RoundsPlayed);
        Assert.Null(afterOne.Outcome);
        Assert.Equal(DomainOutcome().EndReason, outcome.EndReason);
        Assert.Equal((await session.GetTranscript()).Select(r => r.Round), recorder.Rounds.Select(r => r.Round).Order());
        Assert.Null(await session.Step());
        GC.KeepAlive(recorder);
    }

    [Fact]
    public async Task Questions_and_rounds_carry_why_the_chair_held_an_item_short_of_a_trigger()
    {
        // Run 0 of this seed holds the ceasefire just under Russia's linkage trigger (as `sim explain` shows).
        const ulong seed = 20250516;
        var session = NewSession(out _);
        var recorder = new SessionRecorder();
        var reference = fixture.Client.CreateObjectReference<ISessionObserver>(recorder);
        await session.Subscribe(reference);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans, seed));

        await session.RunToEnd();
        await recorder.Ended;

        var s = TestSnapshots.Compile(TestSnapshots.Istanbul);
        var expected = ExperimentRunner.Explain(s, seed, 0).Transcript!.Select(r => r.HeldShort ?? []).ToList();
        var rounds = await session.GetTranscript();
        Assert.Contains(expected, notes => notes.Count > 0);
        Assert.Equal(expected, rounds.Select(r => (IReadOnlyList<string>)(r.HeldShort ?? [])));
        Assert.Equal(expected, recorder.Questions.OrderBy(q => q.Round).Select(q => (IReadOnlyList<string>)(q.HeldShort ?? [])));
        Assert.Contains(rounds, r => r.HeldShort?.Any(n => n.StartsWith("ceasefire at ", StringComparison.Ordinal)) == true);
        GC.KeepAlive(recorder);
    }

    [Fact]
    public async Task An_injected_event_is_announced_in_the_next_round()
    {
        var session = NewSession(out _);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans));
        await session.Step();

        await session.InjectEvent(new InjectedEvent("Washington threatens energy sanctions", [new ParameterChange("parties.russia.reservationUtility", 0.05)]));
        var next = await session.Step();

        Assert.NotNull(next);
        Assert.Contains("Washington threatens energy sanctions", next.Events);
    }

    [Fact]
    public async Task An_event_naming_an_unknown_parameter_is_refused()
    {
        var session = NewSession(out _);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans));

        await Assert.ThrowsAsync<ArgumentException>(() => session.InjectEvent(new InjectedEvent("nonsense", [new ParameterChange("parties.nobody.beta", 1)])));
    }

    [Fact]
    public async Task A_human_seat_answers_through_its_party_grain_and_pause_stops_after_that_round()
    {
        var session = NewSession(out var id);
        var recorder = new SessionRecorder();
        var reference = fixture.Client.CreateObjectReference<ISessionObserver>(recorder);
        await session.Subscribe(reference);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, ["ukraine"], TimeSpan.FromMinutes(1)));

        var running = session.RunToEnd();
        var question = await recorder.NextQuestion();
        await session.Pause();
        var ukraine = fixture.Client.GetGrain<IPartyGrain>(new PartySeat(id, "ukraine").Key);
        var accepted = await ukraine.SubmitHumanAnswer(new HumanAnswer(question.Round, AcceptText: false, [.. question.SeparableItems.Select(_ => true)]));
        var status = await running;

        Assert.True(accepted);
        Assert.True(status.Paused);
        Assert.Equal(1, status.RoundsPlayed);
        var round = (await session.GetTranscript()).Single();
        var answer = round.Answers.Single(a => a.PartyId == "ukraine");
        Assert.True(answer.ByHuman);
        Assert.False(answer.OnText.Accepted);
        Assert.All(answer.OnItems, r => Assert.True(r.Accepted));
        GC.KeepAlive(recorder);
    }

    [Fact]
    public async Task A_human_seat_that_does_not_answer_by_the_deadline_is_answered_by_the_agent()
    {
        var session = NewSession(out _);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, ["russia"], TimeSpan.FromMilliseconds(200)));

        var round = await session.Step();

        Assert.NotNull(round);
        var russia = round.Answers.Single(a => a.PartyId == "russia");
        Assert.False(russia.ByHuman);
        Assert.False(russia.OnText.Accepted);
        Assert.NotEmpty(russia.OnText.Objections);
    }

    [Fact]
    public async Task A_party_grain_reports_provenance_and_tunes_only_its_own_parameters()
    {
        var session = NewSession(out var id);
        var russia = fixture.Client.GetGrain<IPartyGrain>(new PartySeat(id, "russia").Key);
        await session.Start(new SessionSetup(TestSnapshots.Istanbul, [], NoHumans));
        var before = await russia.GetProfile();
        await session.Step();

        await russia.SetParameter(new ParameterChange("parties.russia.concessionBeta", 3));
        var profile = await russia.GetProfile();

        Assert.Null(before.CurrentAspiration);
        Assert.InRange(profile.CurrentAspiration ?? -1, 0, 1);
        Assert.Equal("principal", profile.Role);
        Assert.Contains(profile.Parameters, p => p.Quote is not null);
        var beta = profile.Parameters.Single(p => p.Path == "parties.russia.concessionBeta");
        Assert.True(beta.Tuned);
        Assert.Equal(3, beta.Value);
        await Assert.ThrowsAsync<ArgumentException>(() => russia.SetParameter(new ParameterChange("parties.ukraine.concessionBeta", 3)));
    }

    private ISessionGrain NewSession(out SessionId id)
    {
        id = SessionId.New();
        return fixture.Client.GetGrain<ISessionGrain>(id.Value);
    }

    /// <summary>The oracle: the Domain's session driven directly with software agents in every seat.</summary>
    private static SessionOutcome DomainOutcome()
    {
        var s = TestSnapshots.Compile(TestSnapshots.Istanbul);
        var table = new MediatedSession(s, s.Parameters.CopyBaseValues(), recordTranscript: false);
        for (var round = 0; round <= s.Scenario.Protocol.MaxRounds; round++)
        {
            var question = table.BeginRound();
            if (question is null)
            {
                break;
            }

            table.CompleteRound([.. s.Principals.Select(p => table.AgentAnswer(p, question))]);
        }

        return SessionMapper.ToDto(s, table.Result());
    }
}
