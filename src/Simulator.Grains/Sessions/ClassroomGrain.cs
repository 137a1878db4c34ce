using System.Security.Cryptography;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.Series;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains.Sessions;

/// <summary>
/// One class. The Domain's <see cref="ClassTable"/> holds the rules; this grain records every input
/// it accepts, keeps the round clock (an injected <see cref="TimeProvider"/>, checked every second by
/// a grain timer) and rebuilds the table on activation by replaying the inputs. When a round's time
/// runs out it applies a time-out, so the agent answers for whoever has not, and the room is told.
/// A class on a series plays its rounds as meetings: <see cref="NextMeeting"/> starts the next one
/// from what the class agreed (the series' carry-over), and the meeting and its start persist.
/// </summary>
public sealed class ClassroomGrain(
    [PersistentState("classroom", ProviderNames.SessionStore)] IPersistentState<ClassroomState> state,
    CompiledScenarioCache scenarios,
    TimeProvider time) : Grain, IClassroomGrain
{
    public const int MaxSeatHolders = 200;
    private ClassTable? _table;
    private IGrainTimer? _timer;
    private CompiledSeries? _series;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Setup is { } setup)
        {
            _table = Replay(setup, state.State.Meeting, state.State.MeetingStart, state.State.Inputs);
            if (_table.Phase != ClassPhase.Over)
            {
                StartTimer();
            }
        }

        return Task.CompletedTask;
    }

    public async Task<bool> Create(ClassSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (state.State.Setup is not null)
        {
            return false;
        }

        var start = setup.SeriesSnapshot is { } series ? ClassSeries.StartValues(Series(series), 0, null, null) : null;
        _table = Replay(setup, 0, start, []);
        state.State = new ClassroomState { Setup = setup, MeetingStart = start };
        await state.WriteStateAsync();
        StartTimer();
        return true;
    }

    public async Task<ClassReply> Join(string seat, string name, byte[] tokenHash)
    {
        var table = _table;
        if (table is null || Expired())
        {
            return ClassReply.Refused("no such class (or it has expired)", 0);
        }

        if (table.Phase == ClassPhase.Over)
        {
            return ClassReply.Refused("this class has ended", table.Version);
        }

        if (!ClassTable.Seats(table.Scenario).Any(s => s.Party == seat) || !table.IsHuman(seat))
        {
            return ClassReply.Refused($"'{seat}' is not a seat played by people in this class; choose one of {string.Join(", ", table.HumanSeats.Order(StringComparer.Ordinal))}", table.Version);
        }

        if (state.State.Holders.Count >= MaxSeatHolders)
        {
            return ClassReply.Refused("this class is full", table.Version);
        }

        state.State.Holders.Add(new SeatHolderState { Seat = seat, Name = name, TokenHash = tokenHash });
        await state.WriteStateAsync();
        return new ClassReply(true, null, table.Version);
    }

    public Task<ClassAccess> Identify(byte[] tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (state.State.Setup is not { } setup || Expired())
        {
            return Task.FromResult(ClassAccess.None);
        }

        // Every stored hash is compared, each in constant time, so timing says nothing about which matched.
        var access = ClassAccess.None;
        if (CryptographicOperations.FixedTimeEquals(setup.FacilitatorTokenHash, tokenHash))
        {
            access = new ClassAccess(ClassAccessRole.Facilitator, null);
        }

        foreach (var holder in state.State.Holders)
        {
            if (CryptographicOperations.FixedTimeEquals(holder.TokenHash, tokenHash))
            {
                access = new ClassAccess(ClassAccessRole.Seat, holder.Seat);
            }
        }

        return Task.FromResult(access);
    }

    public async Task<ClassReply> Apply(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_table is not { } table || Expired())
        {
            return ClassReply.Refused("no such class (or it has expired)", 0);
        }

        ClassInput parsed;
        try
        {
            parsed = ClassInputJson.Read(input);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ClassReply.Refused($"unreadable input: {ex.Message}", table.Version);
        }

        return await Record(table, parsed, input);
    }

    public async Task<ClassReply> Pause()
    {
        var table = Table();
        if (!state.State.Paused && state.State.Deadline is { } deadline)
        {
            state.State.Remaining = Max(deadline - time.GetUtcNow(), TimeSpan.Zero);
            state.State.Deadline = null;
        }

        state.State.Paused = true;
        await state.WriteStateAsync();
        return new ClassReply(true, null, table.Version);
    }

    public async Task<ClassReply> Resume()
    {
        var table = Table();
        if (state.State.Paused && IsOpen(table))
        {
            state.State.Deadline = time.GetUtcNow() + state.State.Remaining;
        }

        state.State.Paused = false;
        await state.WriteStateAsync();
        return new ClassReply(true, null, table.Version);
    }

    public async Task<ClassReply> Extend(int seconds)
    {
        var table = Table();
        if (seconds is < 1 or > 3600)
        {
            return ClassReply.Refused("extend by 1 to 3600 seconds", table.Version);
        }

        if (!IsOpen(table))
        {
            return ClassReply.Refused("no round is open", table.Version);
        }

        var more = TimeSpan.FromSeconds(seconds);
        if (state.State.Paused)
        {
            state.State.Remaining += more;
        }
        else if (state.State.Deadline is { } deadline)
        {
            state.State.Deadline = Max(deadline, time.GetUtcNow()) + more;
        }

        await state.WriteStateAsync();
        return new ClassReply(true, null, table.Version);
    }

    public async Task<ClassReply> Tick()
    {
        if (_table is not { } table)
        {
            return ClassReply.Refused("no such class", 0);
        }

        if (state.State.Paused || state.State.Deadline is not { } deadline || time.GetUtcNow() < deadline || !IsOpen(table))
        {
            return new ClassReply(true, null, table.Version);
        }

        var timeUp = new ClassInput(ClassInputKind.TimeUp) { Round = table.Round };
        return await Record(table, timeUp, ClassInputJson.Write(timeUp));
    }

    public async Task<ClassReply> NextMeeting()
    {
        var table = Table();
        if (state.State.Setup is not { SeriesSnapshot: { } snapshot } setup)
        {
            return ClassReply.Refused("this class plays one scenario, not a series", table.Version);
        }

        var series = Series(snapshot);
        var next = state.State.Meeting + 1;
        if (table.Phase != ClassPhase.Over)
        {
            return ClassReply.Refused("the meeting is still going on: end it (and look at the debrief) before the next one", table.Version);
        }

        if (next >= series.Rounds.Count)
        {
            return ClassReply.Refused($"this was the series' last meeting ({series.Rounds.Count} in all)", table.Version);
        }

        var start = ClassSeries.StartValues(series, next, state.State.MeetingStart, table.Session.Result());
        state.State.EarlierMeetings.Add(state.State.Inputs);
        state.State.Inputs = [];
        state.State.Meeting = next;
        state.State.MeetingStart = start;
        state.State.Deadline = null;
        state.State.Remaining = TimeSpan.Zero;
        _table = Replay(setup, next, start, []);
        await state.WriteStateAsync();
        StartTimer();
        return new ClassReply(true, null, _table.Version);
    }

    public Task<ClassRecord?> GetRecord()
    {
        if (state.State.Setup is not { } setup)
        {
            return Task.FromResult<ClassRecord?>(null);
        }

        var s = state.State;
        return Task.FromResult<ClassRecord?>(new ClassRecord(
            this.GetPrimaryKeyString(),
            setup.SeriesSnapshot is { } seriesText ? SeriesSnapshot.RoundYaml(seriesText, s.Meeting) : setup.ScenarioSnapshot,
            setup.HumanSeats,
            [.. s.Inputs],
            [.. s.Holders.Select(h => new ClassSeatHolder(h.Seat, h.Name))],
            new ClassClock(s.Deadline, s.Paused, s.Remaining, setup.RoundSeconds),
            setup.Expires,
            time.GetUtcNow(),
            setup.SeriesSnapshot,
            s.Meeting,
            s.MeetingStart,
            setup.SeriesSnapshot is { } series ? Series(series).Rounds.Count : 1));
    }

    private static bool IsOpen(ClassTable table) => table.Phase is ClassPhase.Drafting or ClassPhase.Answering;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private async Task<ClassReply> Record(ClassTable table, ClassInput input, string json)
    {
        var before = (table.Phase, table.Round, Drafting: table.Phase == ClassPhase.Drafting);
        try
        {
            table.Apply(input);
        }
        catch (ClassInputException ex)
        {
            return ClassReply.Refused(ex.Message, table.Version);
        }

        state.State.Inputs.Add(json);
        var after = (table.Phase, table.Round, Drafting: table.Phase == ClassPhase.Drafting);
        if (!IsOpen(table))
        {
            state.State.Deadline = null;
            state.State.Remaining = TimeSpan.Zero;
            if (table.Phase == ClassPhase.Over)
            {
                // Nothing left to time: let the activation go idle like any other.
                _timer?.Dispose();
                _timer = null;
            }
        }
        else if (before != after)
        {
            // A new round, or the chair's draft going out: a fresh countdown.
            var full = TimeSpan.FromSeconds(state.State.Setup!.RoundSeconds);
            state.State.Remaining = full;
            state.State.Deadline = state.State.Paused ? null : time.GetUtcNow() + full;
        }

        await state.WriteStateAsync();
        return new ClassReply(true, null, table.Version);
    }

    /// <summary>The class as its inputs left it: on a series, meeting <paramref name="meeting"/> from the values it started from.</summary>
    private ClassTable Replay(ClassSetup setup, int meeting, double[]? start, IEnumerable<string> inputs)
    {
        var table = setup.SeriesSnapshot is { } series
            ? ClassSeries.Table(Series(series), meeting, setup.HumanSeats, start ?? ClassSeries.StartValues(Series(series), 0, null, null))
            : new ClassTable(scenarios.Get(SnapshotHash.Of(setup.ScenarioSnapshot), setup.ScenarioSnapshot), setup.HumanSeats);
        foreach (var input in inputs)
        {
            table.Apply(ClassInputJson.Read(input));
        }

        return table;
    }

    private CompiledSeries Series(string snapshot) => _series ??= ClassSeries.Compile(snapshot);

    private ClassTable Table() => _table ?? throw new InvalidOperationException($"class {this.GetPrimaryKeyString()} does not exist");

    private bool Expired() => state.State.Setup is { } setup && time.GetUtcNow() >= setup.Expires;

    private void StartTimer() =>
        _timer ??= this.RegisterGrainTimer(static (grain, _) => grain.Tick(), this, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) { KeepAlive = true });
}
