using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>The public scenario sheet every seat sees: the talks, the agenda on its labelled scales, who sits where, the time.</summary>
public sealed record ScenarioSheet(string Id, string Title, string? Description, IReadOnlyList<SheetIssue> Agenda, IReadOnlyList<SheetParty> Parties, double TimeBudgetMinutes, double MinutesPerRound)
{
    public static ScenarioSheet Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var agenda = scenario.Protocol.Agenda.Count > 0 ? scenario.Protocol.Agenda : [.. scenario.Issues.Select(i => i.Id)];
        return new ScenarioSheet(
            scenario.Id,
            scenario.Title,
            scenario.Description,
            [.. agenda.Select(scenario.Issue).Select(i => new SheetIssue(i.Id, i.Label, i.Description, [.. i.Anchors.Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Value:0}: {a.Label}"))], ScaleText.Of(i, i.StatusQuo.Value), i.Separable))],
            [.. scenario.Parties.Select(p => new SheetParty(p.Id, p.Name, p.Role.ToString().ToLowerInvariant()))],
            scenario.Protocol.TimeBudgetMinutes.Value,
            scenario.Protocol.MinutesPerRound.Value);
    }
}
