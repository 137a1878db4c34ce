using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;

namespace Simulator.Grains.Sessions;

/// <summary>Maps the Domain's round questions, answers and outcomes to their wire DTOs and back.</summary>
public static class SessionMapper
{
    public static DraftItem Item(CompiledScenario s, TextItem item) =>
        new(item.Issue, s.Scenario.Issues[item.Issue].Id, item.Value, TranscriptFormatter.Item(s, item));

    /// <param name="heldShort">Why the chair tabled items held short of a linkage's trigger (<see cref="MediatedSession.PendingHeldShort"/>).</param>
    public static RoundQuestionDto ToDto(CompiledScenario s, RoundQuestion q, IReadOnlyList<double> values, IReadOnlyList<string>? heldShort = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new RoundQuestionDto(
            q.Round,
            q.Minute,
            q.Tau,
            [.. q.Text.Select(t => Item(s, t))],
            [.. q.SeparableItems.Select(t => Item(s, t))],
            [.. q.BaseOutcome],
            [.. values],
            [.. q.Events],
            heldShort is { Count: > 0 } notes ? [.. notes] : null);
    }

    /// <summary>A closed round as the transcript and the live view show it, with the question it answered.</summary>
    public static RoundSummary ToSummary(CompiledScenario s, RoundRecord closed, RoundQuestionDto question, PartyAnswerDto[] answers)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(question);
        return new RoundSummary(
            closed.Round,
            closed.Minute,
            [.. closed.Events],
            question.Text,
            answers,
            [.. closed.SplitOff.Select(t => Item(s, t))],
            [.. closed.NotTabled.Select(n => $"{s.Scenario.Issues[n.Issue].Id}: {n.Blocker.Explanation}")],
            question.SeparableItems,
            closed.HeldShort is { Count: > 0 } notes ? [.. notes] : null);
    }

    public static RoundQuestion ToDomain(RoundQuestionDto q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new RoundQuestion(
            q.Round,
            q.Minute,
            q.Tau,
            [.. q.Text.Select(t => new TextItem(t.IssueIndex, t.Value))],
            [.. q.SeparableItems.Select(t => new TextItem(t.IssueIndex, t.Value))],
            [.. q.BaseOutcome],
            q.Events,
            []);
    }

    public static PartyAnswerDto ToDto(CompiledScenario s, PartyAnswer answer, IReadOnlyList<double> values, bool byHuman)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new PartyAnswerDto(s.Parties[answer.Party].Id, ToDto(s, answer.OnText, values), [.. answer.OnItems.Select(r => ToDto(s, r, values))], byHuman);
    }

    public static PartyAnswer ToDomain(CompiledScenario s, PartyAnswerDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var party = Array.FindIndex(s.Parties, p => p.Id == dto.PartyId);
        return new PartyAnswer(party, ToDomain(s, party, dto.OnText), [.. dto.OnItems.Select(r => ToDomain(s, party, r))]);
    }

    public static ResponseDto ToDto(CompiledScenario s, PartyResponse response, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new ResponseDto(response.Aspiration, [.. response.Objections.Select(o => ToDto(s, o, values))]);
    }

    public static ObjectionDto ToDto(CompiledScenario s, Objection o, IReadOnlyList<double> values)
    {
        var linkage = o.Linkage is null ? -1 : Array.IndexOf(s.Parties[o.Party].Linkages, o.Linkage);
        return new ObjectionDto(o.Kind.ToString(), o.Issue, o.Min, o.Max, o.BoundIssue, linkage, o.Gain, o.Needed, Blockers.FromObjection(s, o, values).Explanation);
    }

    public static SessionOutcome ToDto(CompiledScenario s, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SessionOutcome(
            result.EndReason.ToString(),
            TranscriptFormatter.Describe(result.EndReason),
            result.Rounds,
            result.Minutes,
            [.. result.Issues.Select(i => new IssueOutcomeView(
                s.Scenario.Issues[i.Issue].Id,
                i.Agreed,
                i.Agreed ? TranscriptFormatter.Item(s, new TextItem(i.Issue, i.Value)) : null,
                i.Blocker?.Explanation))]);
    }

    private static PartyResponse ToDomain(CompiledScenario s, int party, ResponseDto dto) =>
        new(party, [.. dto.Objections.Select(o => new Objection(
            party,
            Enum.Parse<ObjectionKind>(o.Kind),
            o.Issue,
            o.Min,
            o.Max,
            o.BoundIssue,
            o.LinkageIndex >= 0 ? s.Parties[party].Linkages[o.LinkageIndex] : null,
            o.Gain,
            o.Needed))], dto.Aspiration);
}
