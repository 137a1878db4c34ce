using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// The mediated single-text table as a step-by-step state machine, so a driver can put each round's
/// question to software agents (<see cref="AgentAnswer(int, RoundQuestion)"/>), to party grains or
/// to people, then hand the answers back. Each round the mediator drafts one text over the open
/// agenda items, every principal accepts or rejects it with reasons, and the mediator learns from
/// the reasons. With separable packaging, separable items every principal accepts on their own are
/// split off and agreed even when the whole text fails; with all-or-nothing packaging nothing is
/// agreed unless the whole agenda is. The talks end at agreement, when nothing is left to table, at
/// the time budget or at the round limit.
/// </summary>
public sealed class MediatedSession
{
    private readonly CompiledScenario _s;
    private readonly double[] _values;
    private readonly bool _allOrNothing;
    private readonly double _budget;
    private readonly double _step;
    private readonly int _maxRounds;
    private readonly double[] _base;
    private readonly int[] _agreedRound;
    private readonly Blocker?[] _blockers;
    private readonly bool[] _heldBack;
    private readonly RoundReasons _reasons;
    private readonly MediatorBeliefs _beliefs;
    private readonly MediatorDrafter _drafter;
    private readonly List<RoundRecord>? _transcript;
    private readonly List<(string Description, (int Index, double Value)[] Changes)> _injected = [];
    private RoundQuestion? _pending;
    private List<string>? _heldShort;
    private int _nextEvent;
    private double _minute;
    private int _round;

    public MediatedSession(CompiledScenario scenario, double[] values, bool recordTranscript)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        _s = scenario;
        _values = values;
        var n = scenario.IssueCount;
        _allOrNothing = scenario.Scenario.Protocol.Packaging == Packaging.AllOrNothing;
        _budget = Math.Max(values[scenario.TimeBudget], 1e-9);
        _step = Math.Max(values[scenario.MinutesPerRound], 1e-3);
        _maxRounds = Math.Max(1, scenario.Scenario.Protocol.MaxRounds);
        _base = new double[n];
        for (var i = 0; i < n; i++)
        {
            _base[i] = values[scenario.StatusQuo[i]];
        }

        _agreedRound = new int[n];
        Array.Fill(_agreedRound, -1);
        _blockers = new Blocker?[n];
        _heldBack = new bool[n];
        _beliefs = new MediatorBeliefs(scenario.Parties.Length, n);
        _reasons = new RoundReasons(scenario, values, _beliefs);
        _drafter = new MediatorDrafter(scenario, values, _beliefs);
        Stances = EffectiveStance.Compute(scenario, values);
        _transcript = recordTranscript ? [] : null;
    }

    public CompiledScenario Scenario => _s;

    /// <summary>This run's parameter values (timeline and injected events write into it).</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Each party's concession floor and β after influences, as of now.</summary>
    public EffectiveStance[] Stances { get; private set; }

    public bool IsOver => EndReason is not null;

    public EndReason? EndReason { get; private set; }

    public int Round => _round;

    public double Minute => _minute;

    public IReadOnlyList<RoundRecord> Transcript => _transcript ?? [];

    /// <summary>Queues an event (a statement, a threat) whose changes apply at the start of the next round.</summary>
    public void InjectEvent(string description, (int Index, double Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _injected.Add((description, changes));
    }

    /// <summary>Opens the next round: applies due events, drafts the text. Returns null when the talks are over.</summary>
    public RoundQuestion? BeginRound()
    {
        if (_pending is not null)
        {
            return _pending;
        }

        if (IsOver)
        {
            return null;
        }

        if (_round >= _maxRounds)
        {
            EndReason = Engine.EndReason.RoundLimit;
            return null;
        }

        var events = ApplyEvents();
        var open = OpenItems();
        var (text, notTabled, heldBack) = _drafter.Draft(open, _base);
        foreach (var (issue, blocker) in notTabled)
        {
            _blockers[issue] = blocker;
        }

        Array.Clear(_heldBack);
        foreach (var (issue, blocker) in heldBack)
        {
            _blockers[issue] = blocker;
            _heldBack[issue] = true;
        }

        if ((_allOrNothing && notTabled.Count > 0) || text.Count == 0)
        {
            if (_allOrNothing && notTabled.Count > 0)
            {
                foreach (var i in open)
                {
                    _blockers[i] ??= Blockers.Package(_s, notTabled[0].Issue);
                }
            }

            _transcript?.Add(new RoundRecord(_round, _minute, events, [], [], [], notTabled));
            _round++;
            EndReason = _allOrNothing && notTabled.Count > 0 ? Engine.EndReason.Deadlock : Engine.EndReason.NothingLeftToTable;
            return null;
        }

        var separable = new List<TextItem>(_allOrNothing ? 0 : text.Count);
        if (!_allOrNothing)
        {
            foreach (var item in text)
            {
                if (_s.Separable[item.Issue])
                {
                    separable.Add(item);
                }
            }
        }

        _heldShort = _transcript is null ? null : HeldShortNotes(text, heldBack);
        _pending = new RoundQuestion(_round, _minute, _minute / _budget, text, separable, [.. _base], events, notTabled);
        return _pending;
    }

    /// <summary>The round put to the principals now, or null between rounds.</summary>
    public RoundQuestion? Pending => _pending;

    /// <summary>
    /// Why the drafter tabled items of the pending text held short of a linkage's trigger (engine
    /// text, ids; recorded sessions only, empty once a person replaced the draft), so a seat sees
    /// them while it decides; the closed round's <see cref="RoundRecord.HeldShort"/> keeps them.
    /// </summary>
    public IReadOnlyList<string> PendingHeldShort => _heldShort ?? [];

    /// <summary>
    /// A person in the chair replaces the drafted text before it is put to the principals: any open
    /// agenda items with values on their 0–100 scale, and which separable items of it go to the
    /// principals on their own (split off if all accept them). Throws on an item that is not open.
    /// </summary>
    public RoundQuestion ReplaceDraft(IReadOnlyList<TextItem> text, IReadOnlyCollection<int> separate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(separate);
        var q = _pending ?? throw new InvalidOperationException("No round is open: call BeginRound first.");
        var open = OpenItems();
        if (text.Count == 0)
        {
            throw new ArgumentException("A draft needs at least one item.", nameof(text));
        }

        foreach (var item in text)
        {
            if (!open.Contains(item.Issue))
            {
                throw new ArgumentException($"Issue {item.Issue} is not an open agenda item.", nameof(text));
            }

            if (item.Value is < 0 or > 100 || double.IsNaN(item.Value))
            {
                throw new ArgumentException($"{_s.Scenario.Issues[item.Issue].Id}: {item.Value} is off the 0-100 scale.", nameof(text));
            }
        }

        if (text.Select(t => t.Issue).Distinct().Count() != text.Count)
        {
            throw new ArgumentException("Each issue may appear once in a draft.", nameof(text));
        }

        var separable = _allOrNothing ? [] : text.Where(t => _s.Separable[t.Issue] && separate.Contains(t.Issue)).ToList();
        _pending = q with { Text = [.. text], SeparableItems = separable };
        _heldShort = null; // the notes explain the drafter's text, not a person's

        return _pending;
    }

    /// <summary>The facilitator ends the talks now; what is agreed stays agreed.</summary>
    public void EndNow()
    {
        _pending = null;
        EndReason ??= Engine.EndReason.Stopped;
    }

    /// <summary>Closes the round with every principal's answer: agreement, learning, split-offs, the clock.</summary>
    public void CompleteRound(IReadOnlyList<PartyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var q = _pending ?? throw new InvalidOperationException("No round is open: call BeginRound first.");
        var ordered = new PartyAnswer[_s.Principals.Length];
        var responses = new PartyResponse[ordered.Length];
        var allAccepted = true;
        for (var k = 0; k < ordered.Length; k++)
        {
            ordered[k] = AnswerOf(answers, _s.Principals[k]);
            responses[k] = ordered[k].OnText;
            allAccepted &= responses[k].Accepted;
        }

        _pending = null;
        _beliefs.BeginRound();
        if (allAccepted)
        {
            Agree(q.Text);
            _transcript?.Add(new RoundRecord(_round, _minute, q.Events, q.Text, responses, [], q.NotTabled, _heldShort));
            _round++;
            EndReason = Engine.EndReason.Agreement;
            return;
        }

        _reasons.Clear();
        foreach (var response in responses)
        {
            for (var o = 0; o < response.Objections.Count; o++)
            {
                _beliefs.Learn(response.Objections[o]);
                var issue = response.Objections[o].Issue;
                _reasons.Add(response.Objections[o], DraftedValue(q.Text, issue), onWholeText: true);
            }
        }

        var splitOff = new List<TextItem>();
        for (var k = 0; k < q.SeparableItems.Count; k++)
        {
            var allAccept = true;
            foreach (var answer in ordered)
            {
                allAccept &= answer.OnItems[k].Accepted;
            }

            if (allAccept && KeepsLinkages(q.SeparableItems[k]))
            {
                splitOff.Add(q.SeparableItems[k]);
                _base[q.SeparableItems[k].Issue] = q.SeparableItems[k].Value;
                continue;
            }

            foreach (var answer in ordered)
            {
                var objections = answer.OnItems[k].Objections;
                for (var o = 0; o < objections.Count; o++)
                {
                    var issue = q.SeparableItems[k].Issue;
                    var onItem = objections[o].Issue == issue ? objections[o] : objections[o] with { Issue = issue };
                    _beliefs.Learn(onItem);
                    _reasons.Add(onItem, q.SeparableItems[k].Value, onWholeText: false);
                }
            }
        }

        foreach (var item in q.Text)
        {
            if (!Contains(splitOff, item.Issue))
            {
                _blockers[item.Issue] = _reasons.Decide(item.Issue, item.Value, _blockers[item.Issue], _heldBack[item.Issue]);
            }
        }

        Agree(splitOff);
        _transcript?.Add(new RoundRecord(_round, _minute, q.Events, q.Text, responses, splitOff, q.NotTabled, _heldShort));
        _round++;
        if (OpenItems().Count == 0)
        {
            EndReason = Engine.EndReason.NothingLeftToTable;
        }
        else if (_minute + _step > _budget + 1e-9)
        {
            EndReason = Engine.EndReason.TimeBudget;
        }
        else
        {
            _minute += _step;
        }
    }

    /// <summary>How a software agent in <paramref name="party"/>'s seat answers the question.</summary>
    public PartyAnswer AgentAnswer(int party, RoundQuestion question) => AgentAnswer(_s, _values, Stances[party], party, question);

    /// <summary>How a software agent answers, given its parameter values and effective stance (a party grain calls this with its own).</summary>
    public static PartyAnswer AgentAnswer(CompiledScenario scenario, double[] values, EffectiveStance stance, int party, RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var aspiration = AspirationSchedule.At(question.Tau, stance.Beta, stance.Floor);
        var onText = new PartyResponse(party, PartyEvaluator.Evaluate(scenario, party, values, question.BaseOutcome, question.Text, aspiration), aspiration);
        var onItems = new PartyResponse[question.SeparableItems.Count];
        var single = new TextItem[1];
        for (var k = 0; k < onItems.Length; k++)
        {
            // Evaluate keeps nothing of the text it is given, so one single-item array serves every item.
            single[0] = question.SeparableItems[k];
            onItems[k] = new PartyResponse(party, PartyEvaluator.Evaluate(scenario, party, values, question.BaseOutcome, single, aspiration), aspiration);
        }

        return new PartyAnswer(party, onText, onItems);
    }

    /// <summary>The outcome so far (final once <see cref="IsOver"/>).</summary>
    public NegotiationResult Result()
    {
        var outcomes = new List<IssueOutcome>(_s.Agenda.Length);
        foreach (var i in _s.Agenda)
        {
            var agreed = _agreedRound[i] >= 0;
            outcomes.Add(new IssueOutcome(i, agreed, _base[i], _agreedRound[i], agreed ? null : _blockers[i] ?? Blockers.NoInterest(_s, i)));
        }

        return new NegotiationResult(outcomes, _round, _minute, EndReason ?? Engine.EndReason.RoundLimit, _transcript, _transcript is null ? null : [.. _values]);
    }

    private PartyAnswer AnswerOf(IReadOnlyList<PartyAnswer> answers, int principal)
    {
        for (var k = 0; k < answers.Count; k++)
        {
            if (answers[k] is { } answer && answer.Party == principal)
            {
                return answer;
            }
        }

        throw new ArgumentException($"No answer from principal '{_s.Parties[principal].Id}'.", nameof(answers));
    }

    /// <summary>
    /// Items are put to the principals one by one against the round's base; two of them agreed in the
    /// same round could together meet a linkage's condition without its requirement, so each is
    /// checked against what this round has already split off.
    /// </summary>
    private bool KeepsLinkages(TextItem item)
    {
        var previous = _base[item.Issue];
        var keeps = true;
        foreach (var p in _s.Principals)
        {
            _base[item.Issue] = previous;
            var brokenBefore = PartyEvaluator.BreaksLinkage(_s.Parties[p], _values, _base);
            _base[item.Issue] = item.Value;
            keeps &= brokenBefore || !PartyEvaluator.BreaksLinkage(_s.Parties[p], _values, _base);
        }

        _base[item.Issue] = previous;
        return keeps;
    }

    private IReadOnlyList<string> ApplyEvents()
    {
        List<string>? applied = null;
        while (_nextEvent < _s.Timeline.Length && _s.Timeline[_nextEvent].AtMinute <= _minute + 1e-9)
        {
            Apply(_s.Timeline[_nextEvent].Description, _s.Timeline[_nextEvent].Changes, ref applied);
            _nextEvent++;
        }

        foreach (var (description, changes) in _injected)
        {
            Apply(description, changes, ref applied);
        }

        _injected.Clear();
        if (applied is null)
        {
            return [];
        }

        // News may move red lines and stances: recompute, and let the mediator re-learn why
        // items are stuck (what blocked them before may no longer hold).
        Stances = EffectiveStance.Compute(_s, _values);
        _beliefs.Reset();
        Array.Clear(_blockers);
        return applied;
    }

    private void Apply(string description, (int Index, double Value)[] changes, ref List<string>? applied)
    {
        foreach (var (index, value) in changes)
        {
            _values[index] = value;
        }

        (applied ??= []).Add(description);
    }

    private List<int> OpenItems()
    {
        var open = new List<int>(_s.Agenda.Length);
        foreach (var i in _s.Agenda)
        {
            if (_agreedRound[i] < 0)
            {
                open.Add(i);
            }
        }

        return open;
    }

    private void Agree(IReadOnlyList<TextItem> items)
    {
        foreach (var item in items)
        {
            _base[item.Issue] = item.Value;
            _agreedRound[item.Issue] = _round;
        }
    }

    /// <summary>Why each item held short of a linkage's trigger was tabled all the same (transcripts only).</summary>
    private List<string>? HeldShortNotes(List<TextItem> text, List<(int Issue, Blocker Blocker)> heldBack)
    {
        if (heldBack.Count == 0)
        {
            return null;
        }

        var notes = new List<string>(heldBack.Count);
        foreach (var (issue, blocker) in heldBack)
        {
            var value = DraftedValue(text, issue);
            var id = _s.Scenario.Issues[issue].Id;
            var holder = _s.Parties[blocker.Party];
            var move = Math.Abs(value - _base[issue]);
            notes.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{id} at {BlockerText.Number(value)} ({blocker.Explanation}); tabled because it moves {id} {BlockerText.Number(move)} points from where it stands and {holder.Id}, whose linkage it is, gains from it (its position is {BlockerText.Number(_values[holder.Position[issue]])})"));
        }

        return notes;
    }

    private static double DraftedValue(IReadOnlyList<TextItem> text, int issue)
    {
        foreach (var item in text)
        {
            if (item.Issue == issue)
            {
                return item.Value;
            }
        }

        return double.NaN;
    }

    private static bool Contains(List<TextItem> items, int issue)
    {
        foreach (var item in items)
        {
            if (item.Issue == issue)
            {
                return true;
            }
        }

        return false;
    }
}
