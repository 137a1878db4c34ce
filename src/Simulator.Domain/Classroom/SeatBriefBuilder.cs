using System.Globalization;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>Writes a seat's private brief from the scenario, in words and on each issue's labelled scale.</summary>
public static class SeatBriefBuilder
{
    public static SeatBrief Build(Scenario scenario, string partyId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var party = scenario.Parties.FirstOrDefault(p => p.Id == partyId) ?? throw new ClassInputException($"no seat '{partyId}' in this scenario");
        var role = party.Role switch
        {
            PartyRole.Principal => ClassSeatRole.Principal,
            PartyRole.Mediator => ClassSeatRole.Chair,
            _ => ClassSeatRole.Patron,
        };
        var items = new List<BriefItem>
        {
            Item("walkaway", Fmt($"Your walk-away value: you never settle for less than {ScaleText.Percent(party.ReservationUtility.Value)} of what you could gain on the items put to you."), party.ReservationUtility),
            Item("style", Fmt($"Your concession style: β = {party.ConcessionBeta.Value:0.##} ({(party.ConcessionBeta.Value < 1 ? "firm: you concede late" : "flexible: you concede early")})."), party.ConcessionBeta),
        };
        var ranked = party.Stances.OrderByDescending(s => s.Salience.Value).Select(s => s.IssueId).ToList();
        var issues = new List<BriefIssue>();
        foreach (var stance in party.Stances.OrderBy(s => scenario.IssueIndex(s.IssueId)))
        {
            var issue = scenario.Issue(stance.IssueId);
            var mandate = party.Delegation.Mandate.FirstOrDefault(m => m.IssueId == issue.Id);
            var rank = ranked.IndexOf(issue.Id) + 1;
            issues.Add(new BriefIssue(issue.Id, issue.Label, stance.Position.Value, ScaleText.Of(issue, stance.Position.Value), stance.Salience.Value, rank, stance.RedLine?.Min?.Value, stance.RedLine?.Max?.Value, mandate?.Min?.Value, mandate?.Max?.Value));
            items.Add(Item($"position:{issue.Id}", Fmt($"{issue.Label}: you want {ScaleText.Of(issue, stance.Position.Value)}; priority {rank} of {ranked.Count} (weight {stance.Salience.Value:0.##})."), stance.Position));
            if (stance.RedLine is { } red)
            {
                items.Add(Item($"redline:{issue.Id}", $"{issue.Label}: your red line: {Bounds(issue, red.Min?.Value, red.Max?.Value)}.", red.Min ?? red.Max!, red.Source));
            }
        }

        foreach (var limit in party.Delegation.Mandate)
        {
            var issue = scenario.Issue(limit.IssueId);
            items.Add(Item($"mandate:{issue.Id}", $"{issue.Label}: your delegation ({party.Delegation.Level.ToString().ToLowerInvariant()} level) may only agree {Bounds(issue, limit.Min?.Value, limit.Max?.Value)}.", limit.Min ?? limit.Max!, party.Delegation.Source));
        }

        foreach (var linkage in party.Linkages)
        {
            var when = scenario.Issue(linkage.When.IssueId);
            var require = string.Join(linkage.IsAnyOf ? " or " : " and ", linkage.Requirements.Select(r =>
            {
                var issue = scenario.Issue(r.IssueId);
                return $"{issue.Label} {Bounds(issue, r.AtLeast?.Value, r.AtMost?.Value)}";
            }));
            var text = $"Linkage: {when.Label} {Bounds(when, linkage.When.AtLeast?.Value, linkage.When.AtMost?.Value)} only with {require}"
                + (linkage.Description is { } d ? $" ({d})." : ".");
            items.Add(new BriefItem($"linkage:{linkage.Id}", text, linkage.Source?.Quote, linkage.Source?.Where, linkage.Source?.Note));
        }

        foreach (var influence in party.Influences)
        {
            var target = scenario.Party(influence.TargetId);
            var (low, high) = influence.Strength.Uncertainty?.Support ?? (0, influence.Strength.Value);
            var text = Fmt($"Your {influence.Kind.ToString().ToLowerInvariant()} on {target.Name}: strength {influence.Strength.Value:0.##} (you may move it between {low:0.##} and {high:0.##}: press or reassure between rounds).");
            items.Add(new BriefItem($"influence:{target.Id}", text, influence.Source?.Quote, influence.Source?.Where, influence.Source?.Note));
        }

        if (scenario.Protocol.IsSharedChair && scenario.Protocol.CoMediators!.FirstOrDefault(c => c.PartyId == party.Id) is { } seat)
        {
            items.Add(SharedChair(scenario, seat));
        }

        return new SeatBrief(party.Id, party.Name, role, party.ReservationUtility.Value, issues, items);
    }

    /// <summary>A co-mediator's place in a shared chair: its share, who else chairs, and that the seat drafts for the whole chair.</summary>
    private static BriefItem SharedChair(Scenario scenario, CoMediator seat)
    {
        var seats = scenario.Protocol.CoMediators!;
        var total = seats.Sum(c => Math.Max(c.Weight.Value, 0));
        string Share(CoMediator c) => total > 0 ? ScaleText.Percent(Math.Max(c.Weight.Value, 0) / total) : "no share";
        var others = string.Join(" and ", seats.Where(c => c != seat).Select(c => $"{scenario.Party(c.PartyId).Name} ({Share(c)})"));
        var text = $"You share the chair with {others}; your share is {Share(seat)}. The draft you start from each round is the chair's: it pulls the principals' compromise towards each co-mediator's view by its share, and the whole chair hears every answer. The text you put is the chair's text.";
        var source = seat.Source ?? seat.Weight.Source;
        return new BriefItem("chair:shared", text, source?.Quote, source?.Where, source?.Note);
    }

    private static string Bounds(Issue issue, double? min, double? max) => (min, max) switch
    {
        ({ } lo, { } hi) => $"between {ScaleText.Of(issue, lo)} and {ScaleText.Of(issue, hi)}",
        ({ } lo, null) => $"at least {ScaleText.Of(issue, lo)}",
        (null, { } hi) => $"at most {ScaleText.Of(issue, hi)}",
        _ => "any value",
    };

    private static BriefItem Item(string key, string text, Parameter parameter, Provenance? source = null)
    {
        var s = parameter.Source ?? source;
        return new BriefItem(key, text, s?.Quote, s?.Where, s?.Note);
    }

    private static string Fmt(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
