using Simulator.Domain.Engine;

namespace Simulator.Domain.Classroom;

/// <summary>
/// Turns a person's per-item answers into the engine's <see cref="PartyAnswer"/>, so the mediator
/// learns from a student exactly as from a software agent: "one of our limits" becomes the seat's
/// own red line, mandate or linkage objection on that item (the mediator narrows what it believes
/// the seat accepts); "not enough for us" and a counter value become an insufficient-gain objection
/// (the mediator leans towards the seat on that item); a reason in the person's own words is a
/// plain refusal the mediator cannot learn a bound from.
/// </summary>
public static class AnswerMapping
{
    public static PartyAnswer ToPartyAnswer(MediatedSession session, int party, RoundQuestion question, IReadOnlyList<ItemAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        var s = session.Scenario;
        var agent = session.AgentAnswer(party, question);
        var aspiration = agent.OnText.Aspiration;
        var byIssue = new Dictionary<int, List<Objection>>();
        foreach (var item in question.Text)
        {
            var answer = answers.FirstOrDefault(a => a.IssueId == s.Scenario.Issues[item.Issue].Id)
                ?? throw new ClassInputException($"no answer on {s.Scenario.Issues[item.Issue].Label} ({s.Scenario.Issues[item.Issue].Id}): answer every item of the draft, accept or reject, before sending");
            byIssue[item.Issue] = answer.Accept ? [] : Objections(session, party, question, item, answer, agent, aspiration);
        }

        var onText = new PartyResponse(party, [.. question.Text.SelectMany(t => byIssue[t.Issue])], aspiration);
        var onItems = question.SeparableItems.Select(t => new PartyResponse(party, byIssue[t.Issue], aspiration)).ToList();
        return new PartyAnswer(party, onText, onItems);
    }

    private static List<Objection> Objections(MediatedSession session, int party, RoundQuestion question, TextItem item, ItemAnswer answer, PartyAnswer agent, double aspiration)
    {
        var reason = answer.Reason == RejectReason.None && answer.Counter is not null ? RejectReason.NotEnough : answer.Reason;
        switch (reason)
        {
            case RejectReason.OwnLimit:
                var limits = OwnLimits(session, party, item, agent);
                return limits.Count > 0 ? limits : [new Objection(party, ObjectionKind.Declined, item.Issue)];
            case RejectReason.NotEnough:
                var share = DraftWorth.Share(session.Scenario, party, session.Values, question.BaseOutcome, [item]);
                return [new Objection(party, ObjectionKind.InsufficientGain, item.Issue, Gain: share, Needed: Math.Max(aspiration, share + 0.01))];
            default:
                return [new Objection(party, ObjectionKind.Declined, item.Issue)];
        }
    }

    /// <summary>The seat's modelled limits that this item crosses (as its agent would state them), else its red line or mandate on the item.</summary>
    private static List<Objection> OwnLimits(MediatedSession session, int party, TextItem item, PartyAnswer agent)
    {
        var stated = agent.OnText.Objections
            .Where(o => o.Kind != ObjectionKind.InsufficientGain && (o.Issue == item.Issue || o.BoundIssue == item.Issue))
            .ToList();
        if (stated.Count > 0)
        {
            return stated;
        }

        var p = session.Scenario.Parties[party];
        var v = session.Values;
        var result = new List<Objection>();
        if (p.RedLineMin[item.Issue] >= 0 || p.RedLineMax[item.Issue] >= 0)
        {
            result.Add(new Objection(party, ObjectionKind.RedLine, item.Issue, Bound(p.RedLineMin[item.Issue], v), Bound(p.RedLineMax[item.Issue], v), item.Issue));
        }

        if (p.MandateMin[item.Issue] >= 0 || p.MandateMax[item.Issue] >= 0)
        {
            result.Add(new Objection(party, ObjectionKind.Mandate, item.Issue, Bound(p.MandateMin[item.Issue], v), Bound(p.MandateMax[item.Issue], v), item.Issue));
        }

        return result;
    }

    private static double? Bound(int index, IReadOnlyList<double> values) => index < 0 ? null : values[index];
}
