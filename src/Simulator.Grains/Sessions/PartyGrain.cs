using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains.Sessions;

/// <summary>
/// One party in one session. Its answer is the Domain's (<see cref="MediatedSession.AgentAnswer(CompiledScenario, double[], EffectiveStance, int, RoundQuestion)"/>)
/// over the table's values plus this party's tuning; a human seat waits for the person until the
/// deadline, then the agent answers. The seat's tuning and role persist in <see cref="ProviderNames.PartyStore"/>.
/// </summary>
public sealed class PartyGrain(
    [PersistentState("party", ProviderNames.PartyStore)] IPersistentState<PartyState> state,
    CompiledScenarioCache scenarios,
    TimeProvider time) : Grain, IPartyGrain
{
    private TaskCompletionSource<HumanAnswer>? _waiting;
    private int _waitingRound = -1;
    private int _answeredRound = -1;

    // A person may answer a round a moment before the table's question reaches this grain: that
    // answer is kept for the round it names, never dropped.
    private HumanAnswer? _early;

    private string PartyId => PartySeat.Parse(this.GetPrimaryKeyString()).PartyId;

    public async Task<ParameterChange[]> Join(string snapshot, bool human, TimeSpan humanDeadline)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        state.State.Snapshot = snapshot;
        state.State.Human = human;
        state.State.HumanDeadline = humanDeadline;
        _ = Index(Compiled());
        await state.WriteStateAsync();
        return [.. state.State.Tuning.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new ParameterChange(t.Key, t.Value))];
    }

    public async Task<PartyAnswerDto> Answer(RoundQuestionDto question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var s = Compiled();
        var party = Index(s);
        var values = question.Values.ToArray();
        foreach (var (path, value) in state.State.Tuning)
        {
            var index = s.Parameters.IndexOf(path);
            if (index >= 0)
            {
                values[index] = value;
            }
        }

        var domainQuestion = SessionMapper.ToDomain(question);
        var agent = MediatedSession.AgentAnswer(s, values, EffectiveStance.Compute(s, values)[party], party, domainQuestion);
        state.State.CurrentAspiration = agent.OnText.Aspiration;
        await state.WriteStateAsync();
        if (!state.State.Human)
        {
            return SessionMapper.ToDto(s, agent, values, byHuman: false);
        }

        var human = await WaitForPerson(question.Round);
        return human is null || human.DecisionsGiven == 0
            ? SessionMapper.ToDto(s, agent, values, byHuman: false)
            : PersonAnswer.ToDto(s, party, agent, domainQuestion, human, values);
    }

    public Task<bool> SubmitHumanAnswer(HumanAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (_waiting is null && state.State.Human && answer.Round > _answeredRound)
        {
            _early = answer;
            return Task.FromResult(true);
        }

        if (_waiting is null || answer.Round != _waitingRound)
        {
            return Task.FromResult(false);
        }

        return Task.FromResult(_waiting.TrySetResult(answer));
    }

    public async Task SetParameter(ParameterChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var prefix = $"parties.{PartyId}.";
        if (!change.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{change.Path}: a party grain tunes only its own parameters (paths starting '{prefix}')", nameof(change));
        }

        if (state.State.Snapshot is not null && Compiled().Parameters.IndexOf(change.Path) < 0)
        {
            throw new ArgumentException($"{change.Path}: no such parameter in the scenario", nameof(change));
        }

        state.State.Tuning[change.Path] = change.Value;
        await state.WriteStateAsync();
    }

    public Task<PartyProfile> GetProfile()
    {
        var s = Compiled();
        var party = s.Scenario.Party(PartyId);
        var parameters = party.AllParameters()
            .Select(p => new ParameterView(
                p.Path,
                state.State.Tuning.TryGetValue(p.Path, out var tuned) ? tuned : p.Value,
                state.State.Tuning.ContainsKey(p.Path),
                p.Source?.Quote,
                p.Source?.Where,
                p.Confidence))
            .ToArray();
        return Task.FromResult(new PartyProfile(party.Id, party.Name, party.Role.ToString().ToLowerInvariant(), state.State.Human, parameters, state.State.CurrentAspiration));
    }

    /// <summary>The person's decision, or null when the deadline passes first.</summary>
    private async Task<HumanAnswer?> WaitForPerson(int round)
    {
        _answeredRound = Math.Max(_answeredRound, round);
        if (_early is { } early && early.Round == round)
        {
            _early = null;
            return early;
        }

        _waiting = new TaskCompletionSource<HumanAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waitingRound = round;
        try
        {
            var finished = await Task.WhenAny(_waiting.Task, Task.Delay(state.State.HumanDeadline, time));
            return finished == _waiting.Task ? await _waiting.Task : null;
        }
        finally
        {
            _waiting = null;
            _waitingRound = -1;
        }
    }

    private CompiledScenario Compiled()
    {
        var snapshot = state.State.Snapshot ?? throw new InvalidOperationException($"party {this.GetPrimaryKeyString()} has not joined a session");
        return scenarios.Get(SnapshotHash.Of(snapshot), snapshot);
    }

    private int Index(CompiledScenario s)
    {
        var id = PartyId;
        var index = Array.FindIndex(s.Parties, p => p.Id == id);
        return index >= 0 ? index : throw new ArgumentException($"the scenario has no party '{id}'");
    }
}
