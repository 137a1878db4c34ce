using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Web.Classroom;
using Simulator.Web.Classroom.Views;

namespace Simulator.Web.Tests.Support;

/// <summary>Real classes for component tests: the Domain's table driven by inputs, seen through the same view builders the service uses.</summary>
internal static class Views
{
    private static readonly Lazy<(string Yaml, CompiledScenario Scenario)> Istanbul = new(() =>
    {
        var resolved = ScenarioLoader.LoadResolved(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));
        return (resolved.Yaml, CompiledScenario.Compile(resolved.Scenario));
    });

    public static ClassTable Table(string[] human, params ClassInput[] inputs)
    {
        var table = new ClassTable(Istanbul.Value.Scenario, human);
        foreach (var input in inputs)
        {
            table.Apply(input);
        }

        return table;
    }

    public static ClassView Room(ClassTable table, params ClassSeatHolder[] holders)
    {
        var now = new DateTimeOffset(2026, 5, 16, 9, 0, 0, TimeSpan.Zero);
        var record = new ClassRecord("ABCDEF", Istanbul.Value.Yaml, [.. table.HumanSeats], [], holders, new ClassClock(now.AddSeconds(95), false, TimeSpan.Zero, 180), now.AddHours(12), now);
        return ClassViews.Room(record, table);
    }

    public static SeatPrivateView Seat(ClassTable table, string seat)
    {
        var brief = SeatBriefBuilder.Build(table.Scenario.Scenario, seat);
        var p = table.PartyIndex(seat);
        var worth = table.Question is { } q && table.Phase == ClassPhase.Answering && brief.Role == ClassSeatRole.Principal ? DraftWorth.Of(table.Session, p, q) : null;
        var engine = table.EngineDraft is { } e ? ClassViews.Lines(table.Scenario, e.Text, e.SeparableItems) : [];
        var open = table.Session.Result().Issues.Where(i => !i.Agreed).Select(i => ClassViews.Line(table.Scenario, new TextItem(i.Issue, i.Value), false)).ToList();
        return new SeatPrivateView(brief, worth, table.AnswerOf(seat), engine, open, [.. table.Scenario.Scenario.Party(seat).Influences.Select(f => f.TargetId)]);
    }
}
