using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Engine;
using Simulator.Web.Classroom.Views;

namespace Simulator.Web.Classroom;

/// <summary>Builds the room's view of a class from its record and its rebuilt table.</summary>
internal static class ClassViews
{
    public static ClassView Room(ClassRecord record, ClassTable table)
    {
        var s = table.Scenario;
        var seats = ClassTable.Seats(s).Select(seat => new SeatLine(
            seat.Party,
            s.Scenario.Party(seat.Party).Name,
            seat.Role,
            table.IsHuman(seat.Party),
            [.. record.Holders.Where(h => h.Seat == seat.Party).Select(h => h.Name)],
            seat.Role == ClassSeatRole.Principal && table.Phase == ClassPhase.Answering && table.HasAnswered(seat.Party))).ToList();
        var draft = table.Question is { } q && table.Phase == ClassPhase.Answering ? Lines(s, q.Text, q.SeparableItems) : [];
        var result = table.Result();
        var agreed = result.Issues.Where(i => i.Agreed).Select(i => new AgreedLine(s.Scenario.Issues[i.Issue].Id, s.Scenario.Issues[i.Issue].Label, ScaleText.Of(s.Scenario.Issues[i.Issue], i.Value), i.Round + 1)).ToList();
        var clock = record.Clock;
        var left = clock.Paused ? clock.Remaining : clock.Deadline is { } d ? d - record.Now : TimeSpan.Zero;
        var revealed = table.Notices.Where(n => n.Text.StartsWith("revealed from", StringComparison.Ordinal)).Select(n => n.Text).ToList();
        return new ClassView(
            record.Code,
            s.Scenario.Title,
            s.Scenario.Id,
            table.Phase,
            table.Phase == ClassPhase.Over ? Math.Max(0, table.RoundsPlayed - 1) : table.Round,
            clock.Paused,
            (int)Math.Max(0, Math.Ceiling(left.TotalSeconds)),
            clock.RoundSeconds,
            table.Version,
            seats,
            draft,
            agreed,
            table.Notices,
            table.Rounds.Count > 0 ? Round(s, table.Rounds[^1]) : null,
            table.Phase == ClassPhase.Over ? TranscriptFormatter.Describe(result.EndReason) : null,
            revealed,
            ScenarioSheet.Of(s.Scenario),
            record.Expires,
            record.Meeting,
            record.Meetings,
            draft.Count > 0 ? [.. table.Session.PendingHeldShort.Select(new ScenarioWording(s.Scenario).Text)] : [],
            table.Phase == ClassPhase.Over ? ClassEnding.Sentence(table.RoundsPlayed, table.EndedMidRound, TranscriptFormatter.Describe(result.EndReason)) : null);
    }

    public static List<DraftLine> Lines(CompiledScenario s, IReadOnlyList<TextItem> text, IReadOnlyList<TextItem> separate) =>
        [.. text.Select(t => Line(s, t, separate.Any(x => x.Issue == t.Issue)))];

    public static DraftLine Line(CompiledScenario s, TextItem t, bool separate)
    {
        var issue = s.Scenario.Issues[t.Issue];
        return new DraftLine(issue.Id, issue.Label, t.Value, ScaleText.Of(issue, t.Value), separate, s.Separable[t.Issue]);
    }

    private static RoundLine Round(CompiledScenario s, ClassRound round) => new(
        round.Round + 1,
        round.DraftedByPerson,
        [.. round.Answers.Select(a => new RoundAnswerLine(
            a.Party,
            s.Scenario.Party(a.Party).Name,
            a.Source,
            a.OnText.Accepted,
            [.. a.Items.Select(i => Describe(s, i))]))],
        [.. round.Agreed.Select(t => $"{s.Scenario.Issues[t.Issue].Label}: {ScaleText.Of(s.Scenario.Issues[t.Issue], t.Value)}")]);

    private static string Describe(CompiledScenario s, ItemAnswer item)
    {
        var label = s.Scenario.Issue(item.IssueId).Label;
        var verdict = item.Accept ? "accepts" : item.Reason switch
        {
            RejectReason.OwnLimit => "rejects: one of our limits",
            RejectReason.NotEnough => "rejects: not enough for us",
            _ => $"rejects: {item.Note}",
        };
        var counter = item.Counter is { } c ? $" (counter: {ScaleText.Of(s.Scenario.Issue(item.IssueId), c)})" : string.Empty;
        return $"{label}: {verdict}{counter}";
    }
}
