using System.Security.Cryptography;
using System.Text;
using Orleans.Core.Internal;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Sessions;

public sealed class ClassroomGrainTests(ClassroomCluster fixture) : IClassFixture<ClassroomCluster>
{
    private const int RoundSeconds = 120;
    private static int _next;

    [Fact]
    public async Task A_seat_that_runs_out_of_time_gets_the_agents_answer_and_a_given_answer_is_kept()
    {
        var (grain, _) = await NewClass(["ukraine", "russia"]);
        await grain.Apply(Json(new ClassInput(ClassInputKind.Start)));
        var round0 = await Replica(grain);
        var answer = AcceptAll(round0, "ukraine");
        Assert.True((await grain.Apply(Json(answer))).Ok);

        fixture.Clock.Advance(TimeSpan.FromSeconds(RoundSeconds - 1));
        await grain.Tick();
        Assert.Equal(0, (await Replica(grain)).Round);
        fixture.Clock.Advance(TimeSpan.FromSeconds(2));
        await grain.Tick();

        var table = await Replica(grain);
        var closed = Assert.Single(table.Rounds);
        Assert.Equal(AnswerSource.Person, closed.Answers.Single(a => a.Party == "ukraine").Source);
        Assert.Equal(AnswerSource.TimedOut, closed.Answers.Single(a => a.Party == "russia").Source);
        Assert.Contains(table.Notices, n => n.Text == "time ran out: the agent answered for Russia");
        var record = await grain.GetRecord();
        Assert.Equal(fixture.Clock.GetUtcNow().AddSeconds(RoundSeconds), record!.Clock.Deadline);
    }

    [Fact]
    public async Task Extend_and_pause_move_the_deadline_and_a_paused_round_never_times_out()
    {
        var (grain, _) = await NewClass(["ukraine"]);
        await grain.Apply(Json(new ClassInput(ClassInputKind.Start)));
        Assert.True((await grain.Extend(60)).Ok);
        Assert.Equal(fixture.Clock.GetUtcNow().AddSeconds(RoundSeconds + 60), (await grain.GetRecord())!.Clock.Deadline);

        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await grain.Pause();
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await grain.Tick();
        Assert.Equal(0, (await Replica(grain)).Round);
        var paused = (await grain.GetRecord())!.Clock;
        Assert.True(paused.Paused);
        Assert.Equal(TimeSpan.FromSeconds(RoundSeconds + 30), paused.Remaining);

        await grain.Resume();
        fixture.Clock.Advance(TimeSpan.FromSeconds(RoundSeconds + 31));
        await grain.Tick();
        Assert.Equal(1, (await Replica(grain)).Round);
    }

    [Fact]
    public async Task A_reactivated_class_resumes_where_it_was_by_replaying_its_inputs()
    {
        var (grain, facilitator) = await NewClass(["ukraine", "russia"]);
        await grain.Join("ukraine", "Olena", Hash("seat-token"));
        await grain.Apply(Json(new ClassInput(ClassInputKind.Start)));
        await grain.Apply(Json(new ClassInput(ClassInputKind.Inject) { Changes = [new("parties.russia.concessionBeta", 2)], Text = "Kremlin call" }));
        var before = await Replica(grain);
        await grain.Apply(Json(AcceptAll(before, "ukraine")));
        var expected = await grain.GetRecord();

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var after = await grain.GetRecord();

        Assert.Equal(expected!.Inputs, after!.Inputs);
        Assert.Equal(new ClassAccess(ClassAccessRole.Seat, "ukraine"), await grain.Identify(Hash("seat-token")));
        Assert.Equal(ClassAccessRole.Facilitator, (await grain.Identify(facilitator)).Role);
        Assert.Equal(ClassAccess.None, await grain.Identify(Hash("a guess")));
        var accepted = await grain.Apply(Json(AcceptAll(await Replica(grain), "russia")));
        Assert.True(accepted.Ok, accepted.Error);
        Assert.Single((await Replica(grain)).Rounds);
    }

    [Fact]
    public async Task A_series_class_starts_the_next_meeting_from_what_it_agreed_and_a_reactivated_grain_resumes_in_that_meeting()
    {
        var (snapshot, yaml) = TestSnapshots.Series;
        var code = $"S{Interlocked.Increment(ref _next):00000}";
        var grain = fixture.Client.GetGrain<IClassroomGrain>(code);
        Assert.True(await grain.Create(new ClassSetup(yaml, [], Hash($"f-{code}"), RoundSeconds, fixture.Clock.GetUtcNow().AddHours(12), snapshot)));
        Assert.False((await grain.NextMeeting()).Ok);
        await grain.Apply(Json(new ClassInput(ClassInputKind.Start)));

        // Bounded: a meeting ends by its time budget; the agents answer every closed round.
        var table = await SeriesReplica(grain);
        for (var k = 0; k < 60 && table.Phase != ClassPhase.Over; k++)
        {
            Assert.True((await grain.Apply(Json(new ClassInput(ClassInputKind.CloseRound) { Round = table.Round }))).Ok);
            table = await SeriesReplica(grain);
        }

        Assert.Equal(ClassPhase.Over, table.Phase);
        var first = (await grain.GetRecord())!;
        var result = table.Session.Result();
        var series = ClassSeries.Compile(snapshot);
        var expected = ClassSeries.StartValues(series, 1, first.StartValues, result);
        var next = await grain.NextMeeting();
        Assert.True(next.Ok, next.Error);
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var second = (await grain.GetRecord())!;

        Assert.Equal(1, second.Meeting);
        Assert.Equal(series.Rounds.Count, second.Meetings);
        Assert.Empty(second.Inputs);
        Assert.Equal(expected, second.StartValues);
        var round = series.Rounds[1].Scenario;
        var carried = series.Rounds[1].Carry
            .Where(c => c.Mode == Domain.Series.CarryMode.StatusQuo && result.Issues.Any(i => i.Issue == c.PreviousIssue && i.Agreed))
            .ToList();
        Assert.NotEmpty(carried);
        Assert.All(carried, c => Assert.NotEqual(round.Parameters.CopyBaseValues()[round.StatusQuo[c.Issue]], second.StartValues![round.StatusQuo[c.Issue]]));
        var resumed = await SeriesReplica(grain);
        Assert.Equal(second.StartValues, resumed.Session.Values);
        Assert.True((await grain.Apply(Json(new ClassInput(ClassInputKind.Start)))).Ok);
    }

    [Fact]
    public async Task A_refused_input_is_not_recorded()
    {
        var (grain, _) = await NewClass(["ukraine"]);
        var reply = await grain.Apply(Json(new ClassInput(ClassInputKind.Answer) { Party = "ukraine", Round = 0 }));
        Assert.False(reply.Ok);
        Assert.Empty((await grain.GetRecord())!.Inputs);
    }

    private static ClassInput AcceptAll(ClassTable table, string party) => new(ClassInputKind.Answer)
    {
        Party = party,
        Round = table.Round,
        Answers = [.. table.Question!.Text.Select(t => new ItemAnswer(table.Scenario.Scenario.Issues[t.Issue].Id, true))],
    };

    private static string Json(ClassInput input) => ClassInputJson.Write(input);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static async Task<ClassTable> Replica(IClassroomGrain grain)
    {
        var record = (await grain.GetRecord())!;
        var table = new ClassTable(TestSnapshots.Compile(record.ScenarioSnapshot), record.HumanSeats);
        foreach (var input in record.Inputs)
        {
            table.Apply(ClassInputJson.Read(input));
        }

        return table;
    }

    private static async Task<ClassTable> SeriesReplica(IClassroomGrain grain)
    {
        var record = (await grain.GetRecord())!;
        var table = ClassSeries.Table(ClassSeries.Compile(record.SeriesSnapshot!), record.Meeting, record.HumanSeats, record.StartValues!);
        foreach (var input in record.Inputs)
        {
            table.Apply(ClassInputJson.Read(input));
        }

        return table;
    }

    private async Task<(IClassroomGrain Grain, byte[] Facilitator)> NewClass(string[] human)
    {
        var code = $"T{Interlocked.Increment(ref _next):00000}";
        var grain = fixture.Client.GetGrain<IClassroomGrain>(code);
        var facilitator = Hash($"facilitator-{code}");
        Assert.True(await grain.Create(new ClassSetup(TestSnapshots.Istanbul, human, facilitator, RoundSeconds, fixture.Clock.GetUtcNow().AddHours(12))));
        Assert.False(await grain.Create(new ClassSetup(TestSnapshots.Istanbul, human, facilitator, RoundSeconds, fixture.Clock.GetUtcNow().AddHours(12))));
        return (grain, facilitator);
    }
}
