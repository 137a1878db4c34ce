using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Web.Classroom.Views;

namespace Simulator.Web.Classroom;

/// <summary>Reads: the room's view of a class, a seat's private view, the debrief.</summary>
public sealed partial class ClassroomService
{
    /// <summary>The room's view of the class, or null when there is no such class (or it has expired).</summary>
    public async Task<ClassView?> GetAsync(string code)
    {
        code = ClassTokens.Normalise(code);
        if (!ClassTokens.IsCode(code) || await Grain(code).GetRecord() is not { } record || record.Now >= record.Expires)
        {
            return null;
        }

        return replicas.Read(record, table => ClassViews.Room(record, table));
    }

    /// <summary>What only this seat sees (the caller has checked the seat's token).</summary>
    public async Task<SeatPrivateView?> GetSeatAsync(string code, string seat)
    {
        if (!ClassTokens.IsCode(code) || await Grain(code).GetRecord() is not { } record || record.Now >= record.Expires)
        {
            return null;
        }

        return replicas.Read(record, table =>
        {
            var scenario = table.Scenario;
            if (!scenario.Parties.Any(p => p.Id == seat))
            {
                return null;
            }

            var brief = SeatBriefBuilder.Build(scenario.Scenario, seat);
            var p = table.PartyIndex(seat);
            var worth = table.Question is { } q && table.Phase == ClassPhase.Answering && brief.Role == ClassSeatRole.Principal ? DraftWorth.Of(table.Session, p, q) : null;
            var engineDraft = table.EngineDraft is { } e && table.IsHuman(seat) && brief.Role == ClassSeatRole.Chair ? ClassViews.Lines(scenario, e.Text, e.SeparableItems) : [];
            var open = brief.Role == ClassSeatRole.Chair
                ? table.Session.Result().Issues.Where(i => !i.Agreed).Select(i =>
                {
                    var drafted = table.EngineDraft?.Text.Where(t => t.Issue == i.Issue).ToList();
                    return ClassViews.Line(scenario, new TextItem(i.Issue, drafted is { Count: > 0 } ? drafted[0].Value : i.Value), false);
                }).ToList()
                : [];
            var targets = scenario.Scenario.Party(seat).Influences.Select(f => f.TargetId).ToList();
            return new SeatPrivateView(brief, worth, table.AnswerOf(seat), engineDraft, open, targets);
        });
    }

    /// <summary>The debrief of an ended class (null while it runs): the class beside history, the simulated talks and the bargaining solutions.</summary>
    public async Task<Debrief?> DebriefAsync(string code)
    {
        code = ClassTokens.Normalise(code);
        if (!ClassTokens.IsCode(code) || await Grain(code).GetRecord() is not { } record || record.Now >= record.Expires)
        {
            return null;
        }

        var scenario = replicas.Scenario(record);
        var reference = await debriefs.ReferenceAsync(record.ScenarioSnapshot, scenario, options.Value.SimulatedRuns);
        return replicas.Read(record, table => table.Phase == ClassPhase.Over ? DebriefBuilder.Build(table, reference.Simulated, reference.Bargaining) : null);
    }

    /// <summary>The scenario's timeline events, in order (what the facilitator may inject by number).</summary>
    public async Task<IReadOnlyList<string>> TimelineAsync(string code)
    {
        if (!ClassTokens.IsCode(code) || await Grain(code).GetRecord() is not { } record)
        {
            return [];
        }

        return [.. replicas.Scenario(record).Scenario.Timeline.Select(e => e.Description)];
    }
}
