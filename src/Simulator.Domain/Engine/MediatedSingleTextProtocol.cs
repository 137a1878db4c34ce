using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// The Istanbul table: each round the mediator drafts one text over the open agenda items, every
/// principal accepts or rejects it with reasons, and the mediator learns from the reasons. With
/// separable packaging, separable items that every principal accepts on their own are split off
/// and agreed even when the whole text fails; with all-or-nothing packaging nothing is agreed
/// unless the whole agenda is. Aspirations fall with time (Faratin); the talks end at agreement,
/// when nothing is left to table, at the time budget or at the round limit.
/// </summary>
public sealed class MediatedSingleTextProtocol : INegotiationProtocol
{
    public static MediatedSingleTextProtocol Instance { get; } = new();

    public NegotiationResult Run(CompiledScenario scenario, double[] values, bool recordTranscript)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var s = scenario;
        var n = s.IssueCount;
        var allOrNothing = s.Scenario.Protocol.Packaging == Packaging.AllOrNothing;
        var budget = Math.Max(values[s.TimeBudget], 1e-9);
        var step = Math.Max(values[s.MinutesPerRound], 1e-3);
        var maxRounds = Math.Max(1, s.Scenario.Protocol.MaxRounds);

        var baseOutcome = new double[n];
        for (var i = 0; i < n; i++)
        {
            baseOutcome[i] = values[s.StatusQuo[i]];
        }

        var agreedRound = new int[n];
        Array.Fill(agreedRound, -1);
        var blockers = new Blocker?[n];
        var beliefs = new MediatorBeliefs(s.Parties.Length, n);
        var drafter = new MediatorDrafter(s, values, beliefs);
        var stances = EffectiveStance.Compute(s, values);
        var transcript = recordTranscript ? new List<RoundRecord>() : null;
        var nextEvent = 0;
        var minute = 0.0;
        var round = 0;
        var end = EndReason.RoundLimit;

        while (round < maxRounds)
        {
            var events = ApplyEvents(s, values, minute, ref nextEvent);
            if (events.Count > 0)
            {
                stances = EffectiveStance.Compute(s, values);
                beliefs.Reset();
            }

            var tau = minute / budget;
            var open = OpenItems(s, agreedRound);
            var (text, notTabled) = drafter.Draft(open, baseOutcome);
            foreach (var (issue, blocker) in notTabled)
            {
                blockers[issue] = blocker;
            }

            if (allOrNothing && notTabled.Count > 0)
            {
                var sunk = notTabled[0].Issue;
                foreach (var i in open)
                {
                    blockers[i] ??= Blockers.Package(s, sunk);
                }

                transcript?.Add(new RoundRecord(round, minute, events, [], [], [], notTabled));
                end = EndReason.Deadlock;
                round++;
                break;
            }

            if (text.Count == 0)
            {
                transcript?.Add(new RoundRecord(round, minute, events, [], [], [], notTabled));
                end = EndReason.NothingLeftToTable;
                round++;
                break;
            }

            var responses = Respond(s, values, stances, baseOutcome, text, tau);
            var splitOff = new List<TextItem>();
            if (responses.TrueForAll(r => r.Accepted))
            {
                Agree(text, baseOutcome, agreedRound, round);
                transcript?.Add(new RoundRecord(round, minute, events, text, responses, [], notTabled));
                end = EndReason.Agreement;
                round++;
                break;
            }

            foreach (var response in responses)
            {
                foreach (var objection in response.Objections)
                {
                    beliefs.Learn(objection);
                    Note(blockers, objection, Blockers.FromObjection(s, objection, values));
                }
            }

            if (!allOrNothing)
            {
                SplitOffSeparable(s, values, stances, baseOutcome, text, tau, agreedRound, round, splitOff, blockers);
            }

            transcript?.Add(new RoundRecord(round, minute, events, text, responses, splitOff, notTabled));
            round++;
            if (OpenItems(s, agreedRound).Count == 0)
            {
                end = EndReason.NothingLeftToTable;
                break;
            }

            if (minute + step > budget + 1e-9)
            {
                end = EndReason.TimeBudget;
                break;
            }

            minute += step;
        }

        var outcomes = new List<IssueOutcome>(s.Agenda.Length);
        foreach (var i in s.Agenda)
        {
            var agreed = agreedRound[i] >= 0;
            outcomes.Add(new IssueOutcome(i, agreed, baseOutcome[i], agreedRound[i], agreed ? null : blockers[i] ?? Blockers.NoInterest(s, i)));
        }

        return new NegotiationResult(outcomes, round, minute, end, transcript);
    }

    private static List<string> ApplyEvents(CompiledScenario s, double[] values, double minute, ref int next)
    {
        var applied = new List<string>();
        while (next < s.Timeline.Length && s.Timeline[next].AtMinute <= minute + 1e-9)
        {
            foreach (var (index, value) in s.Timeline[next].Changes)
            {
                values[index] = value;
            }

            applied.Add(s.Timeline[next].Description);
            next++;
        }

        return applied;
    }

    private static List<int> OpenItems(CompiledScenario s, int[] agreedRound)
    {
        var open = new List<int>(s.Agenda.Length);
        foreach (var i in s.Agenda)
        {
            if (agreedRound[i] < 0)
            {
                open.Add(i);
            }
        }

        return open;
    }

    private static List<PartyResponse> Respond(CompiledScenario s, double[] values, EffectiveStance[] stances, double[] baseOutcome, IReadOnlyList<TextItem> text, double tau)
    {
        var responses = new List<PartyResponse>(s.Principals.Length);
        foreach (var p in s.Principals)
        {
            var aspiration = AspirationSchedule.At(tau, stances[p].Beta, stances[p].Floor);
            responses.Add(new PartyResponse(p, PartyEvaluator.Evaluate(s, p, values, baseOutcome, text, aspiration), aspiration));
        }

        return responses;
    }

    private static void SplitOffSeparable(
        CompiledScenario s,
        double[] values,
        EffectiveStance[] stances,
        double[] baseOutcome,
        List<TextItem> text,
        double tau,
        int[] agreedRound,
        int round,
        List<TextItem> splitOff,
        Blocker?[] blockers)
    {
        foreach (var item in text)
        {
            if (!s.Separable[item.Issue])
            {
                continue;
            }

            var alone = new[] { item };
            var responses = Respond(s, values, stances, baseOutcome, alone, tau);
            if (responses.TrueForAll(r => r.Accepted))
            {
                Agree(alone, baseOutcome, agreedRound, round);
                splitOff.Add(item);
                continue;
            }

            foreach (var objection in responses.SelectMany(r => r.Objections))
            {
                Note(blockers, objection, Blockers.FromObjection(s, objection, values));
            }
        }
    }

    private static void Agree(IReadOnlyList<TextItem> items, double[] baseOutcome, int[] agreedRound, int round)
    {
        foreach (var item in items)
        {
            baseOutcome[item.Issue] = item.Value;
            agreedRound[item.Issue] = round;
        }
    }

    /// <summary>Records why an issue is stuck; a structural reason (red line, linkage, mandate) outranks a shortfall in gain.</summary>
    private static void Note(Blocker?[] blockers, Objection objection, Blocker blocker)
    {
        var issue = objection.Issue;
        if (issue < 0)
        {
            return;
        }

        var current = blockers[issue];
        if (current is not null && current.Kind != BlockerKind.InsufficientGain && blocker.Kind == BlockerKind.InsufficientGain)
        {
            return;
        }

        blockers[issue] = blocker;
    }
}
