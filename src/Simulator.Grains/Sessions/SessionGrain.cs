using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Grains.Scenarios;
using Simulator.Grains.Telemetry;

namespace Simulator.Grains.Sessions;

/// <summary>
/// The table. Drives the Domain's <see cref="MediatedSession"/> round by round: opens a round, asks
/// every principal's party grain (hub and spoke: parties never call back), closes the round with
/// their answers, records it and pushes it to observers. The transcript persists in
/// <see cref="ProviderNames.SessionStore"/>; the table itself lives as long as the activation.
/// </summary>
public sealed class SessionGrain(
    [PersistentState("session", ProviderNames.SessionStore)] IPersistentState<SessionRecord> record,
    CompiledScenarioCache scenarios,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    /// <summary>How long a started session stays active without calls (a lesson, with room to spare).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);

    private readonly ObserverManager<ISessionObserver> _observers = new(TimeSpan.FromMinutes(30), logger);
    private MediatedSession? _table;
    private CompiledScenario? _scenario;
    private bool _paused;

    public async Task<SessionInfo> Start(SessionSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (_table is not null)
        {
            throw new InvalidOperationException($"session {this.GetPrimaryKeyString()} has already started");
        }

        using var activity = SimulatorTelemetry.Source.StartActivity("session.start");
        activity?.SetTag("simulator.session", this.GetPrimaryKeyString());
        var s = scenarios.Get(SnapshotHash.Of(setup.ScenarioSnapshot), setup.ScenarioSnapshot);
        var unknown = setup.HumanParties.Where(h => !s.Principals.Any(p => s.Parties[p].Id == h)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"human seat(s) {string.Join(", ", unknown)}: only a principal at the table can be played by a person ({string.Join(", ", s.Principals.Select(p => s.Parties[p].Id))})", nameof(setup));
        }

        var values = setup.Seed is { } seed
            ? ParameterSampler.Sample(s.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(seed, 0)))
            : s.Parameters.CopyBaseValues();
        foreach (var p in s.Principals)
        {
            var id = s.Parties[p].Id;
            var tuning = await Party(id).Join(setup.ScenarioSnapshot, setup.HumanParties.Contains(id), setup.HumanDeadline);
            foreach (var change in tuning)
            {
                var index = s.Parameters.IndexOf(change.Path);
                if (index >= 0)
                {
                    values[index] = change.Value;
                }
            }
        }

        _scenario = s;
        _table = new MediatedSession(s, values, recordTranscript: true);

        // The table lives in memory: a class may discuss a round for a long while, so keep it active.
        DelayDeactivation(SessionLifetime);
        record.State = new SessionRecord();
        await record.WriteStateAsync();
        return new SessionInfo(
            s.Scenario.Id,
            s.Scenario.Title,
            s.Mediator >= 0 ? s.Parties[s.Mediator].Id : null,
            [.. s.Principals.Select(p => s.Parties[p].Id)],
            [.. s.Agenda.Select(i => s.Scenario.Issues[i].Id)],
            [.. setup.HumanParties])
        {
            Chair = [.. s.Chair.Select(p => s.Parties[p].Id)],
        };
    }

    public async Task<RoundSummary?> Step()
    {
        var (table, s) = Table();
        if (table.IsOver)
        {
            return null;
        }

        var question = table.BeginRound();
        if (question is null)
        {
            await Finish(table, s);
            return null;
        }

        using var activity = SimulatorTelemetry.Source.StartActivity("session.round");
        activity?.SetTag("simulator.session", this.GetPrimaryKeyString());
        activity?.SetTag("simulator.round", question.Round + 1);
        var dto = SessionMapper.ToDto(s, question, table.Values, table.PendingHeldShort);
        _observers.Notify(o => o.OnQuestion(dto));
        var answers = await Task.WhenAll(s.Principals.Select(p => Party(s.Parties[p].Id).Answer(dto)));
        table.CompleteRound([.. answers.Select(a => SessionMapper.ToDomain(s, a))]);

        var summary = SessionMapper.ToSummary(s, table.Transcript[^1], dto, answers);
        record.State.Transcript.Add(summary);
        SimulatorTelemetry.Rounds.Add(1);
        _observers.Notify(o => o.OnRound(summary));
        if (table.IsOver)
        {
            await Finish(table, s);
        }
        else
        {
            await record.WriteStateAsync();
        }

        return summary;
    }

    public async Task<SessionStatus> RunToEnd()
    {
        var (table, s) = Table();
        _paused = false;

        // Bounded: a session ends by the round limit at the latest; one extra pass lets it close.
        for (var k = 0; k <= s.Scenario.Protocol.MaxRounds && !_paused && !table.IsOver; k++)
        {
            await Step();
        }

        return Status();
    }

    public Task Pause()
    {
        _paused = true;
        return Task.CompletedTask;
    }

    public Task InjectEvent(InjectedEvent injected)
    {
        ArgumentNullException.ThrowIfNull(injected);
        var (table, s) = Table();
        var changes = injected.Changes
            .Select(c => (Index: s.Parameters.IndexOf(c.Path), c.Value, c.Path))
            .ToList();
        var unknown = changes.Where(c => c.Index < 0).Select(c => c.Path).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"no such parameter(s): {string.Join(", ", unknown)}", nameof(injected));
        }

        table.InjectEvent(injected.Description, [.. changes.Select(c => (c.Index, c.Value))]);
        return Task.CompletedTask;
    }

    public Task<SessionStatus> GetStatus() => Task.FromResult(Status());

    public Task<RoundSummary[]> GetTranscript() => Task.FromResult(record.State.Transcript.ToArray());

    public Task Subscribe(ISessionObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private SessionStatus Status() => new(_table is not null, _paused, record.State.Transcript.Count, record.State.Outcome);

    private async Task Finish(MediatedSession table, CompiledScenario s)
    {
        if (record.State.Outcome is not null)
        {
            return;
        }

        var outcome = SessionMapper.ToDto(s, table.Result());
        record.State.Outcome = outcome;
        SimulatorTelemetry.Agreements.Add(outcome.Issues.Count(i => i.Agreed));
        await record.WriteStateAsync();
        _observers.Notify(o => o.OnEnded(outcome));
    }

    private (MediatedSession Table, CompiledScenario Scenario) Table() =>
        _table is { } t && _scenario is { } s ? (t, s) : throw new InvalidOperationException($"session {this.GetPrimaryKeyString()} has not started");

    private IPartyGrain Party(string partyId) =>
        GrainFactory.GetGrain<IPartyGrain>(new PartySeat(new SessionId(this.GetPrimaryKeyString()), partyId).Key);
}
