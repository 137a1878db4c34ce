using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis;

/// <summary>
/// Per-issue zones of agreement between the principals: the intersection of their red lines and
/// delegation mandates on each issue, on its own (cross-issue linkages are not considered here).
/// </summary>
public static class IssueZones
{
    public static IReadOnlyList<IssueZone> Compute(Scenario scenario) =>
        [.. scenario.Issues.Select(issue => For(scenario, issue.Id))];

    public static IssueZone For(Scenario scenario, string issueId)
    {
        var bounds = new List<ZoneBound>();
        // Only the principals whose consent the issue needs (its signatories) bound its zone.
        var issue = scenario.Issues.FirstOrDefault(i => i.Id == issueId);
        foreach (var party in scenario.Parties.Where(p => p.Role == PartyRole.Principal && (issue is null || issue.NeedsConsentOf(p.Id))))
        {
            if (party.StanceOn(issueId)?.RedLine is { } redLine)
            {
                Add(bounds, party.Id, ZoneBoundKind.RedLine, redLine.Min, redLine.Max);
            }

            foreach (var limit in party.Delegation.Mandate.Where(m => m.IssueId == issueId))
            {
                Add(bounds, party.Id, ZoneBoundKind.Mandate, limit.Min, limit.Max);
            }
        }

        // The binding limits: the highest floor and the lowest ceiling (first in document order on ties).
        ZoneBound? lower = null;
        ZoneBound? upper = null;
        foreach (var bound in bounds)
        {
            if (bound.IsLower && (lower is null || bound.Value > lower.Value))
            {
                lower = bound;
            }
            else if (!bound.IsLower && (upper is null || bound.Value < upper.Value))
            {
                upper = bound;
            }
        }

        return new IssueZone(issueId, Math.Max(0, lower?.Value ?? 0), Math.Min(100, upper?.Value ?? 100), lower, upper, bounds);
    }

    private static void Add(List<ZoneBound> bounds, string partyId, ZoneBoundKind kind, Parameter? min, Parameter? max)
    {
        if (min is not null)
        {
            bounds.Add(new ZoneBound(partyId, kind, IsLower: true, min.Value, min.Path));
        }

        if (max is not null)
        {
            bounds.Add(new ZoneBound(partyId, kind, IsLower: false, max.Value, max.Path));
        }
    }
}
