using Simulator.Domain.Engine;

namespace Simulator.Domain.Classroom;

/// <summary>
/// A class around the engine's <see cref="MediatedSession"/>: which seats people play, the chair's
/// draft, the answers of the round as they arrive, time-outs, patrons' moves, statements and
/// revealed items. Every change comes through <see cref="Apply"/> with a <see cref="ClassInput"/>,
/// and the class is deterministic, so replaying the same inputs rebuilds it exactly. Nothing here
/// knows about clocks: a driver decides when time is up and applies <see cref="ClassInputKind.TimeUp"/>.
/// </summary>
public sealed partial class ClassTable
{
    public const int MaxTextLength = 280;
    private readonly HashSet<string> _human;
    private readonly Dictionary<int, (IReadOnlyList<ItemAnswer> Items, PartyAnswer Answer)> _answers = [];
    private readonly List<ClassRound> _rounds = [];
    private readonly List<ClassNotice> _notices = [];
    private readonly HashSet<(string Party, string Item)> _revealed = [];
    private bool _draftedByPerson;
    private RoundRecord? _cutShort;

    /// <param name="startValues">The values the talks start from (a later meeting of a series: events and carry-over applied); default the scenario's base values.</param>
    public ClassTable(CompiledScenario scenario, IEnumerable<string> humanSeats, IReadOnlyList<double>? startValues = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(humanSeats);
        Scenario = scenario;
        _human = [.. humanSeats];
        foreach (var seat in _human)
        {
            _ = PartyIndex(seat);
        }

        if (ChairSeatProblem(scenario, _human) is { } problem)
        {
            throw new ClassInputException(problem);
        }

        Session = new MediatedSession(scenario, startValues is null ? scenario.Parameters.CopyBaseValues() : [.. startValues], recordTranscript: true);
    }

    public CompiledScenario Scenario { get; }

    public MediatedSession Session { get; }

    public ClassPhase Phase { get; private set; }

    /// <summary>How many inputs have been applied.</summary>
    public int Version { get; private set; }

    /// <summary>The question of the open round (the chair's draft once the chair has drafted), or null.</summary>
    public RoundQuestion? Question => Phase is ClassPhase.Drafting or ClassPhase.Answering ? Session.Pending : null;

    /// <summary>What the engine drafted this round (the chair's pre-filled text).</summary>
    public RoundQuestion? EngineDraft { get; private set; }

    public int Round => Session.Round;

    public IReadOnlyList<ClassRound> Rounds => _rounds;

    /// <summary>Did the facilitator end the talks while a round was open (so that round counts, though it never closed)?</summary>
    public bool EndedMidRound => _cutShort is not null;

    /// <summary>The rounds the class played: those the engine closed, and a round the facilitator ended while it was open.</summary>
    public int RoundsPlayed => Session.Round + (EndedMidRound ? 1 : 0);

    public IReadOnlyList<ClassNotice> Notices => _notices;

    public IReadOnlySet<(string Party, string Item)> Revealed => _revealed;

    public IReadOnlySet<string> HumanSeats => _human;

    /// <summary>
    /// The talks as the class played them: the engine's result, with a round the facilitator ended
    /// while it was open counted and in the transcript (so its "Ended after N round(s)" agrees with
    /// the debrief and the notices).
    /// </summary>
    public NegotiationResult Result()
    {
        var result = Session.Result();
        return _cutShort is { } cut
            ? result with { Rounds = RoundsPlayed, Transcript = result.Transcript is { } t ? [.. t, cut] : null }
            : result;
    }

    public static IEnumerable<(string Party, ClassSeatRole Role)> Seats(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var p in scenario.Parties)
        {
            yield return (p.Id, RoleOf(p));
        }
    }

    /// <summary>
    /// Why these seats cannot be played by people, or null. A shared chair drafts one text: one
    /// person may take one co-mediator's seat and drafts the chair's text, starting from the agent's
    /// draft (which already weighs every co-mediator's view by its share); two people in the chair
    /// would need a way to agree their text between them, which the class does not have yet.
    /// </summary>
    public static string? ChairSeatProblem(CompiledScenario scenario, IEnumerable<string> humanSeats)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(humanSeats);
        var seats = humanSeats.ToHashSet(StringComparer.Ordinal);
        var people = scenario.Chair.Where(i => seats.Contains(scenario.Parties[i].Id)).Select(i => scenario.Parties[i].Name).ToList();
        return people.Count > 1
            ? $"the chair is shared by {string.Join(" and ", scenario.Chair.Select(i => scenario.Parties[i].Name))}: one person may take one co-mediator's seat (and drafts the chair's text, starting from the agent's draft that weighs every co-mediator's view); {string.Join(" and ", people.Skip(1))} must be left to the software agent"
            : null;
    }

    /// <summary>The chair's seat a person plays (in a shared chair the one co-mediator a person took), or −1.</summary>
    public int HumanChairSeat()
    {
        foreach (var seat in Scenario.Chair)
        {
            if (_human.Contains(Scenario.Parties[seat].Id))
            {
                return seat;
            }
        }

        return -1;
    }

    public ClassSeatRole RoleOf(string party) => RoleOf(Scenario.Parties[PartyIndex(party)]);

    public bool IsHuman(string party) => _human.Contains(party);

    /// <summary>Has this principal's answer for the open round arrived (from the person)?</summary>
    public bool HasAnswered(string party) => _answers.ContainsKey(PartyIndex(party));

    /// <summary>The answers the person in this seat gave this round, if any (to show them back).</summary>
    public IReadOnlyList<ItemAnswer>? AnswerOf(string party) => _answers.TryGetValue(PartyIndex(party), out var a) ? a.Items : null;

    public int PartyIndex(string party)
    {
        var index = Array.FindIndex(Scenario.Parties, p => p.Id == party);
        return index >= 0 ? index : throw new ClassInputException($"no seat '{party}' at this table; the seats are {string.Join(", ", Scenario.Parties.Select(p => p.Id))}");
    }

    public void Apply(ClassInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        switch (input.Kind)
        {
            case ClassInputKind.Start:
                Require(Phase == ClassPhase.NotStarted, "the class has already started");
                OpenRound();
                break;
            case ClassInputKind.Draft:
                SubmitDraft(input);
                break;
            case ClassInputKind.Answer:
                SubmitAnswer(input);
                break;
            case ClassInputKind.TimeUp or ClassInputKind.CloseRound:
                Require(input.Round == Round && Phase is ClassPhase.Drafting or ClassPhase.Answering, "that round is already closed");
                CloseRound(input.Kind == ClassInputKind.TimeUp ? AnswerSource.TimedOut : AnswerSource.ClosedEarly);
                break;
            case ClassInputKind.Inject:
                Inject(input);
                break;
            case ClassInputKind.Influence:
                Influence(input);
                break;
            case ClassInputKind.Statement:
                Statement(input);
                break;
            case ClassInputKind.Reveal:
                Reveal(input);
                break;
            case ClassInputKind.SeatControl:
                SeatControl(input);
                break;
            case ClassInputKind.End:
                End();
                break;
            default:
                throw new ClassInputException($"unknown input {input.Kind}");
        }

        Version++;
    }

    private static ClassSeatRole RoleOf(CompiledParty p) => p.Role switch
    {
        Scenarios.PartyRole.Principal => ClassSeatRole.Principal,
        Scenarios.PartyRole.Mediator => ClassSeatRole.Chair,
        _ => ClassSeatRole.Patron,
    };

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ClassInputException(message);
        }
    }

    private string NameOf(int party) => Scenario.Parties[party].Name;

    /// <summary>
    /// The facilitator ends the talks. In an open round (drafting or answering) the round counts and
    /// the notice is filed under it; before the first round the notice is filed before round 1. A
    /// round opens the moment the one before closes, so there is no other time between rounds.
    /// </summary>
    private void End()
    {
        Require(Phase != ClassPhase.Over, "the talks are already over");
        var open = Phase is ClassPhase.Drafting or ClassPhase.Answering;
        if (open)
        {
            _cutShort = CutShortRecord(Session.Pending!);
        }

        Session.EndNow();
        Phase = ClassPhase.Over;
        _notices.Add(open
            ? new ClassNotice(Round, "The facilitator ended the talks before this round closed.")
            : new ClassNotice(ClassNotice.BeforeTheTalks, "The facilitator ended the talks."));
    }

    /// <summary>The open round as the transcript shows it: the draft if it was put to the principals (a person in the chair may not have sent one), and no answers.</summary>
    private RoundRecord CutShortRecord(RoundQuestion q) => Phase == ClassPhase.Answering
        ? new RoundRecord(q.Round, q.Minute, q.Events, q.Text, [], [], q.NotTabled, Session.PendingHeldShort)
        : new RoundRecord(q.Round, q.Minute, q.Events, [], [], [], []);

    private void OpenRound()
    {
        _answers.Clear();
        _draftedByPerson = false;
        var q = Session.BeginRound();
        if (q is null)
        {
            Phase = ClassPhase.Over;
            return;
        }

        EngineDraft = q;
        Phase = HumanChairSeat() >= 0 ? ClassPhase.Drafting : ClassPhase.Answering;
        CloseWhenAllAnswered();
    }

    private void CloseWhenAllAnswered()
    {
        if (Phase == ClassPhase.Answering && Scenario.Principals.All(p => _answers.ContainsKey(p) || !_human.Contains(Scenario.Parties[p].Id)))
        {
            CloseRound(AnswerSource.Agent);
        }
    }

    /// <summary>Closes the open round: people who have not answered get the agent's answer, flagged so the room sees it.</summary>
    private void CloseRound(AnswerSource forMissing)
    {
        if (Phase == ClassPhase.Drafting)
        {
            var chair = HumanChairSeat() is >= 0 and var seat ? seat : Scenario.Mediator;
            _notices.Add(new ClassNotice(Round, forMissing == AnswerSource.TimedOut
                ? $"time ran out: the agent drafted for {NameOf(chair)}"
                : $"the facilitator moved on: the agent drafted for {NameOf(chair)}"));
            Phase = ClassPhase.Answering;
            CloseWhenAllAnswered();
            return;
        }

        var q = Session.Pending!;
        var answers = new List<SeatRoundAnswer>();
        var table = new List<PartyAnswer>();
        foreach (var p in Scenario.Principals)
        {
            var id = Scenario.Parties[p].Id;
            var share = DraftWorth.Share(Scenario, p, Session.Values, q.BaseOutcome, q.Text);
            if (_answers.TryGetValue(p, out var given))
            {
                table.Add(given.Answer);
                answers.Add(new SeatRoundAnswer(id, AnswerSource.Person, given.Items, given.Answer.OnText, share, given.Answer.OnText.Aspiration));
                continue;
            }

            var agent = Session.AgentAnswer(p, q);
            table.Add(agent);
            var source = _human.Contains(id) ? forMissing : AnswerSource.Agent;
            if (source != AnswerSource.Agent)
            {
                _notices.Add(new ClassNotice(Round, source == AnswerSource.TimedOut
                    ? $"time ran out: the agent answered for {NameOf(p)}"
                    : $"the facilitator closed the round: the agent answered for {NameOf(p)}", id));
            }

            answers.Add(new SeatRoundAnswer(id, source, AgentItems(q, agent), agent.OnText, share, agent.OnText.Aspiration));
        }

        var round = Round;
        Session.CompleteRound(table);
        var closed = Session.Transcript[^1];
        var agreed = closed.SplitOff.Count > 0 ? closed.SplitOff : Session.EndReason == EndReason.Agreement ? closed.Text : [];
        _rounds.Add(new ClassRound(round, q, _draftedByPerson, answers, [.. agreed]));
        if (Session.IsOver)
        {
            Phase = ClassPhase.Over;
            return;
        }

        OpenRound();
    }

    /// <summary>An agent's answer in the per-item form a person gives, so the room reads both alike.</summary>
    private List<ItemAnswer> AgentItems(RoundQuestion q, PartyAnswer agent) =>
        [.. q.Text.Select(t =>
        {
            var objections = agent.OnText.Objections.Where(o => o.Issue == t.Issue || o.BoundIssue == t.Issue).ToList();
            var k = q.SeparableItems.ToList().FindIndex(s => s.Issue == t.Issue);
            var accept = k >= 0 ? agent.OnItems[k].Accepted : objections.Count == 0;
            var reason = accept ? RejectReason.None : objections.Any(o => o.Kind != ObjectionKind.InsufficientGain) ? RejectReason.OwnLimit : RejectReason.NotEnough;
            return new ItemAnswer(Scenario.Scenario.Issues[t.Issue].Id, accept, reason);
        })];
}
