using System.Runtime.InteropServices;
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
/// <para>
/// Software agents in every seat (the Monte Carlo path) go through <see cref="RunAsAgents"/>, which
/// plays the rounds <see cref="BeginRound"/>, <see cref="AgentAnswer(int, RoundQuestion)"/> and
/// <see cref="CompleteRound"/> would play, through the same code, on reused buffers: no question,
/// answer or objection list is built per round, and blockers are noted as structs until a result,
/// question or transcript shows them.
/// </para>
/// </summary>
public sealed class MediatedSession
{
    private readonly CompiledScenario _s;
    private readonly bool _allOrNothing;
    private readonly int _maxRounds;
    private readonly double[] _base;
    private readonly int[] _agreedRound;
    private readonly IssueBlockers _blockers;
    private readonly bool[] _heldBack;
    private readonly RoundReasons _reasons;
    private readonly MediatorBeliefs _beliefs;
    private readonly MediatorDrafter _drafter;
    private readonly RunPartyValues _table;
    private readonly List<(string Description, (int Index, double Value)[] Changes)> _injected = [];

    // Scratch space reused every round.
    private readonly List<int> _open;
    private readonly List<TextItem> _separable;
    private readonly List<TextItem> _splitOff;
    private readonly double[] _aspirations;

    // Per principal and position in the round's text, its terms of gain and possible gain (kept by
    // the evaluation of the whole text for the items judged alone); per separable item, its position in the text.
    private readonly double[] _gainTerms;
    private readonly double[] _possibleTerms;
    private readonly int[] _separableAt;
    private readonly List<string> _appliedBuffer = [];

    // Restarted for the Monte Carlo path: nothing outside holds its stances or events.
    private bool _pooled;

    // A pooled session computes its stances when they are first read after the values changed
    // (a run's start is often followed at once by events that change them again).
    private EffectiveStance[] _stances = [];
    private bool _stancesStale;

    // Every principal's objections in a round, on the whole text (slot 0) and on each separable
    // item alone (slot 1 + its position): slot (k, j) is _objections[start, start + count).
    private readonly ObjectionList _objections = new();
    private readonly (int Start, int Count)[] _slices;

    // The round drafted by OpenRound (valid until the next one).
    private List<TextItem> _roundText = [];
    private IReadOnlyList<string> _roundEvents = [];

    private double[] _values;
    private double _budget;
    private double _step;
    private List<RoundRecord>? _transcript;
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
        _maxRounds = Math.Max(1, scenario.Scenario.Protocol.MaxRounds);
        _base = new double[n];
        _agreedRound = new int[n];
        _blockers = new IssueBlockers(n);
        _heldBack = new bool[n];
        _beliefs = new MediatorBeliefs(scenario.Parties.Length, n);
        _reasons = new RoundReasons(scenario, values, _beliefs, _objections);
        _table = new RunPartyValues(scenario, principalsOnly: true);
        _drafter = new MediatorDrafter(scenario, values, _beliefs, _table);
        _open = new List<int>(n);
        _separable = new List<TextItem>(n);
        _splitOff = new List<TextItem>(n);
        _slices = new (int, int)[scenario.Principals.Length * (n + 1)];
        _aspirations = new double[scenario.Principals.Length];
        _gainTerms = new double[scenario.Principals.Length * n];
        _possibleTerms = new double[scenario.Principals.Length * n];
        _separableAt = new int[n];
        Start(values, recordTranscript);
    }

    public CompiledScenario Scenario => _s;

    /// <summary>This run's parameter values (timeline and injected events write into it).</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>Each party's concession floor and β after influences, as of now.</summary>
    public EffectiveStance[] Stances
    {
        get
        {
            if (_stancesStale)
            {
                EffectiveStance.ComputeInto(_s, _values, _stances);
                _stancesStale = false;
            }

            return _stances;
        }

        private set => _stances = value;
    }

    public bool IsOver => EndReason is not null;

    public EndReason? EndReason { get; private set; }

    public int Round => _round;

    public double Minute => _minute;

    public IReadOnlyList<RoundRecord> Transcript => _transcript ?? [];

    /// <summary>
    /// Starts a new negotiation of the same scenario with <paramref name="values"/>, exactly as a new
    /// session without a transcript would, reusing this one's buffers (the Monte Carlo path keeps one
    /// session per thread).
    /// </summary>
    internal void Restart(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _pooled = true;
        _beliefs.Clear();
        _reasons.Use(values);
        _injected.Clear();
        Start(values, recordTranscript: false);
    }

    /// <summary>
    /// Plays the talks to their end with a software agent in every seat: the rounds
    /// <see cref="BeginRound"/>, <see cref="AgentAnswer(int, RoundQuestion)"/> and
    /// <see cref="CompleteRound"/> would play, on reused buffers.
    /// </summary>
    internal void RunAsAgents()
    {
        if (_pending is not null)
        {
            throw new InvalidOperationException("A round is open: complete it first.");
        }

        while (OpenRound())
        {
            AnswerAsAgents();
            CloseRound(CollectionsMarshal.AsSpan(_roundText), CollectionsMarshal.AsSpan(_separable), null, null);
        }
    }

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

        if (!OpenRound())
        {
            return null;
        }

        _heldShort = _transcript is null ? null : HeldShortNotes(_roundText, _drafter.HeldBack);
        _pending = new RoundQuestion(_round, _minute, _minute / _budget, new List<TextItem>(_roundText), new List<TextItem>(_separable), [.. _base], _roundEvents, Shown(_drafter.NotTabled));
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
        var responses = new PartyResponse[_s.Principals.Length];
        _objections.Reset();
        for (var k = 0; k < responses.Length; k++)
        {
            var answer = AnswerOf(answers, _s.Principals[k]);
            responses[k] = answer.OnText;
            Record(k, 0, answer.OnText.Objections);
            for (var j = 0; j < q.SeparableItems.Count; j++)
            {
                Record(k, 1 + j, answer.OnItems[j].Objections);
            }
        }

        _pending = null;
        CloseRound(Items(q.Text), Items(q.SeparableItems), q, responses);
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
        var outcomes = new IssueOutcome[_s.Agenda.Length];
        for (var k = 0; k < outcomes.Length; k++)
        {
            var i = _s.Agenda[k];
            var agreed = _agreedRound[i] >= 0;
            outcomes[k] = new IssueOutcome(i, agreed, _base[i], _agreedRound[i], agreed ? null : _blockers.OrElse(i, Blockers.NoInterestNote(i)).ToBlocker(_s, _values));
        }

        return new NegotiationResult(outcomes, _round, _minute, EndReason ?? Engine.EndReason.RoundLimit, _transcript, _transcript is null ? null : [.. _values]);
    }

    /// <summary>The rounds played, as <see cref="Result"/> reports them.</summary>
    internal int RoundsPlayed => _round;

    /// <summary>Why the talks ended, as <see cref="Result"/> reports it.</summary>
    internal EndReason FinalReason => EndReason ?? Engine.EndReason.RoundLimit;

    /// <summary>This run's values (as <see cref="Result"/>'s blockers read them).</summary>
    internal double[] RunValues => _values;

    /// <summary>
    /// What <see cref="Result"/> reports for the <paramref name="k"/>-th agenda item, without building
    /// it: whether it was agreed, at what value, and otherwise the note its blocker is made from.
    /// </summary>
    internal bool OutcomeOf(int k, out double value, out BlockerNote blocker)
    {
        var i = _s.Agenda[k];
        value = _base[i];
        if (_agreedRound[i] >= 0)
        {
            blocker = default;
            return true;
        }

        blocker = _blockers.Has(i) ? _blockers[i] : Blockers.NoInterestNote(i);
        return false;
    }

    /// <summary>(Re)starts the talks with <paramref name="values"/>: everything a new session sets.</summary>
    private void Start(double[] values, bool recordTranscript)
    {
        _values = values;
        _drafter.Use(values);
        _table.Refresh(_s, values);
        _drafter.ReadChair();
        _budget = Math.Max(values[_s.TimeBudget], 1e-9);
        _step = Math.Max(values[_s.MinutesPerRound], 1e-3);
        for (var i = 0; i < _base.Length; i++)
        {
            _base[i] = values[_s.StatusQuo[i]];
        }

        Array.Fill(_agreedRound, -1);
        _blockers.Clear();
        Array.Clear(_heldBack);
        if (_pooled)
        {
            _stancesStale = true;
        }
        else
        {
            Stances = EffectiveStance.Compute(_s, values);
        }

        _transcript = recordTranscript ? [] : null;
        _pending = null;
        _heldShort = null;
        _nextEvent = 0;
        _minute = 0;
        _round = 0;
        EndReason = null;
    }

    /// <summary>
    /// Applies due events and drafts the round's text into <see cref="_roundText"/> and
    /// <see cref="_separable"/> (what was not tabled or held back is the drafter's, with its notes in
    /// <see cref="_blockers"/>); false (with the end reason set) when the talks are over instead.
    /// </summary>
    private bool OpenRound()
    {
        if (IsOver)
        {
            return false;
        }

        if (_round >= _maxRounds)
        {
            EndReason = Engine.EndReason.RoundLimit;
            return false;
        }

        var events = ApplyEvents();
        var open = OpenItems();
        Array.Clear(_heldBack);
        var text = _drafter.Draft(open, _base, _blockers, _heldBack);
        var notTabled = _drafter.NotTabledCount;
        if ((_allOrNothing && notTabled > 0) || text.Count == 0)
        {
            if (_allOrNothing && notTabled > 0)
            {
                var sunkBy = _drafter.NotTabled[0];
                foreach (var i in open)
                {
                    if (!_blockers.Has(i))
                    {
                        _blockers.Set(i, Blockers.PackageNote(sunkBy));
                    }
                }
            }

            _transcript?.Add(new RoundRecord(_round, _minute, events, [], [], [], Shown(_drafter.NotTabled)));
            _round++;
            EndReason = _allOrNothing && notTabled > 0 ? Engine.EndReason.Deadlock : Engine.EndReason.NothingLeftToTable;
            return false;
        }

        _separable.Clear();
        if (!_allOrNothing)
        {
            for (var t = 0; t < text.Count; t++)
            {
                var item = text[t];
                if (_s.Separable[item.Issue])
                {
                    _separableAt[_separable.Count] = t;
                    _separable.Add(item);
                }
            }
        }

        _roundText = text;
        _roundEvents = events;
        return true;
    }

    /// <summary>
    /// What <see cref="AgentAnswer(int, RoundQuestion)"/> answers for every principal, into the
    /// round's objection slots. The items alone are judged only when someone turned the text down:
    /// a text everyone accepts is agreed whole and nothing reads those answers.
    /// </summary>
    private void AnswerAsAgents()
    {
        _objections.Reset();
        var tau = _minute / _budget;
        var text = CollectionsMarshal.AsSpan(_roundText);
        var principals = _s.Principals;
        var aspirations = _aspirations;
        var allAccept = true;
        for (var k = 0; k < principals.Length; k++)
        {
            var party = principals[k];
            aspirations[k] = AspirationSchedule.At(tau, Stances[party].Beta, Stances[party].Floor);
            var start = _objections.Count;
            var terms = k * _base.Length;
            var count = PartyEvaluator.EvaluateInto(_s, _table, party, _values, _base, text, aspirations[k], _objections, _gainTerms.AsSpan(terms, text.Length), _possibleTerms.AsSpan(terms, text.Length));
            _slices[Slot(k, 0)] = (start, count);
            allAccept &= count == 0;
        }

        if (allAccept)
        {
            return;
        }

        var separable = CollectionsMarshal.AsSpan(_separable);
        for (var k = 0; k < principals.Length; k++)
        {
            var terms = k * _base.Length;
            for (var j = 0; j < separable.Length; j++)
            {
                var at = terms + _separableAt[j];
                var start = _objections.Count;
                _slices[Slot(k, 1 + j)] = (start, PartyEvaluator.EvaluateItemInto(_s, _table, principals[k], _values, _base, separable[j], _gainTerms[at], _possibleTerms[at], aspirations[k], _objections));
            }
        }
    }

    /// <summary>
    /// Closes the round from the objections in the round's slots: agreement, learning, split-offs, the
    /// clock. <paramref name="question"/> and <paramref name="responses"/> are what a transcript shows.
    /// </summary>
    private void CloseRound(ReadOnlySpan<TextItem> text, ReadOnlySpan<TextItem> separable, RoundQuestion? question, PartyResponse[]? responses)
    {
        var principals = _s.Principals.Length;
        var allAccepted = true;
        for (var k = 0; k < principals; k++)
        {
            allAccepted &= _slices[Slot(k, 0)].Count == 0;
        }

        _beliefs.BeginRound();
        if (allAccepted)
        {
            Agree(text);
            _transcript?.Add(new RoundRecord(_round, _minute, question!.Events, question.Text, responses!, [], question.NotTabled, _heldShort));
            _round++;
            EndReason = Engine.EndReason.Agreement;
            return;
        }

        _reasons.Clear();
        for (var k = 0; k < principals; k++)
        {
            var (start, count) = _slices[Slot(k, 0)];
            for (var o = start; o < start + count; o++)
            {
                ref readonly var objection = ref _objections[o];
                _beliefs.Learn(objection, objection.Issue, _s.Linkages);
                _reasons.Add(o, objection.Issue, DraftedValue(text, objection.Issue), onWholeText: true);
            }
        }

        _splitOff.Clear();
        for (var j = 0; j < separable.Length; j++)
        {
            var item = separable[j];
            var allAccept = true;
            for (var k = 0; k < principals; k++)
            {
                allAccept &= _slices[Slot(k, 1 + j)].Count == 0;
            }

            if (allAccept && KeepsLinkages(item))
            {
                _splitOff.Add(item);
                _base[item.Issue] = item.Value;
                continue;
            }

            for (var k = 0; k < principals; k++)
            {
                var (start, count) = _slices[Slot(k, 1 + j)];
                for (var o = start; o < start + count; o++)
                {
                    // Whatever it names, an objection to an item alone is about that item.
                    _beliefs.Learn(_objections[o], item.Issue, _s.Linkages);
                    _reasons.Add(o, item.Issue, item.Value, onWholeText: false);
                }
            }
        }

        for (var t = 0; t < text.Length; t++)
        {
            var item = text[t];
            if (!Contains(_splitOff, item.Issue))
            {
                _reasons.Decide(item.Issue, item.Value, _blockers, _heldBack[item.Issue]);
            }
        }

        Agree(CollectionsMarshal.AsSpan(_splitOff));
        _transcript?.Add(new RoundRecord(_round, _minute, question!.Events, question.Text, responses!, new List<TextItem>(_splitOff), question.NotTabled, _heldShort));
        _round++;
        if (!AnyOpenItem())
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

    private static ReadOnlySpan<TextItem> Items(IReadOnlyList<TextItem> items) => items switch
    {
        List<TextItem> list => CollectionsMarshal.AsSpan(list),
        TextItem[] array => array,
        _ => items.ToArray(),
    };

    private int Slot(int principal, int slot) => (principal * (_base.Length + 1)) + slot;

    /// <summary>Copies one answer's objections into slot (<paramref name="principal"/>, <paramref name="slot"/>).</summary>
    private void Record(int principal, int slot, IReadOnlyList<Objection> objections)
    {
        var start = _objections.Count;
        for (var o = 0; o < objections.Count; o++)
        {
            _objections.Add(RoundObjection.From(_s, objections[o]));
        }

        _slices[Slot(principal, slot)] = (start, objections.Count);
    }

    /// <summary>The noted blockers of <paramref name="issues"/> as a question or transcript shows them.</summary>
    private List<(int Issue, Blocker Blocker)> Shown(ReadOnlySpan<int> issues)
    {
        var shown = new List<(int Issue, Blocker Blocker)>(issues.Length);
        foreach (var issue in issues)
        {
            shown.Add((issue, _blockers[issue].ToBlocker(_s, _values)));
        }

        return shown;
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

        // Only the Monte Carlo path, whose values nothing else writes, skips re-reading tables no applied change reaches.
        var movesTables = !_pooled;
        while (_nextEvent < _s.Timeline.Length && _s.Timeline[_nextEvent].AtMinute <= _minute + 1e-9)
        {
            Apply(_s.Timeline[_nextEvent].Description, _s.Timeline[_nextEvent].Changes, ref applied);
            movesTables |= _s.TimelineMovesRunTables[_nextEvent];
            _nextEvent++;
        }

        for (var e = 0; e < _injected.Count; e++)
        {
            Apply(_injected[e].Description, _injected[e].Changes, ref applied);
            movesTables = true;
        }

        _injected.Clear();
        if (applied is null)
        {
            return [];
        }

        // News may move red lines and stances: recompute, and let the mediator re-learn why
        // items are stuck (what blocked them before may no longer hold). A pooled session's stances
        // and event list are its own (no question or transcript shows them), so they are reused.
        if (movesTables)
        {
            _table.Refresh(_s, _values);
            _drafter.ReadChair();
        }

        if (_pooled)
        {
            _stancesStale = true;
        }
        else
        {
            Stances = EffectiveStance.Compute(_s, _values);
        }

        // Before the first round closes nothing was learned or noted since the start set them.
        if (_round > 0)
        {
            _beliefs.Reset();
            _blockers.Clear();
        }

        return applied;
    }

    private void Apply(string description, (int Index, double Value)[] changes, ref List<string>? applied)
    {
        foreach (var (index, value) in changes)
        {
            _values[index] = value;
        }

        if (applied is null)
        {
            applied = _pooled ? _appliedBuffer : [];
            applied.Clear();
        }

        applied.Add(description);
    }

    private bool AnyOpenItem()
    {
        foreach (var i in _s.Agenda)
        {
            if (_agreedRound[i] < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The open agenda items, in a list reused by the next call.</summary>
    private List<int> OpenItems()
    {
        var open = _open;
        open.Clear();
        foreach (var i in _s.Agenda)
        {
            if (_agreedRound[i] < 0)
            {
                open.Add(i);
            }
        }

        return open;
    }

    private void Agree(ReadOnlySpan<TextItem> items)
    {
        for (var k = 0; k < items.Length; k++)
        {
            _base[items[k].Issue] = items[k].Value;
            _agreedRound[items[k].Issue] = _round;
        }
    }

    /// <summary>Why each item held short of a linkage's trigger was tabled all the same (transcripts only).</summary>
    private List<string>? HeldShortNotes(List<TextItem> text, ReadOnlySpan<int> heldBack)
    {
        if (heldBack.Length == 0)
        {
            return null;
        }

        var notes = new List<string>(heldBack.Length);
        foreach (var issue in heldBack)
        {
            var blocker = _blockers[issue].ToBlocker(_s, _values);
            var value = DraftedValue(CollectionsMarshal.AsSpan(text), issue);
            var id = _s.Scenario.Issues[issue].Id;
            var holder = _s.Parties[blocker.Party];
            var move = Math.Abs(value - _base[issue]);
            notes.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{id} at {BlockerText.Number(value)} ({blocker.Explanation}); tabled because it moves {id} {BlockerText.Number(move)} points from where it stands and {holder.Id}, whose linkage it is, gains from it (its position is {BlockerText.Number(_values[holder.Position[issue]])})"));
        }

        return notes;
    }

    private static double DraftedValue(ReadOnlySpan<TextItem> text, int issue)
    {
        for (var t = 0; t < text.Length; t++)
        {
            if (text[t].Issue == issue)
            {
                return text[t].Value;
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
