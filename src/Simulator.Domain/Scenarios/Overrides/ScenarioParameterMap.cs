namespace Simulator.Domain.Scenarios.Overrides;

/// <summary>
/// Rebuilds a scenario with every numeric parameter passed through a function, keeping everything
/// else (and the document order of <see cref="Scenario.AllParameters"/>) as it is.
/// </summary>
internal static class ScenarioParameterMap
{
    public static Scenario Rewrite(Scenario scenario, Func<Parameter, Parameter> map)
    {
        Parameter? Opt(Parameter? p) => p is null ? null : map(p);
        IssueCondition Condition(IssueCondition c) => c with { AtLeast = Opt(c.AtLeast), AtMost = Opt(c.AtMost) };
        return scenario with
        {
            Issues = scenario.Issues.Select(i => i with { StatusQuo = map(i.StatusQuo) }).ToList(),
            Parties = scenario.Parties.Select(p => p with
            {
                Capability = map(p.Capability),
                ReservationUtility = map(p.ReservationUtility),
                ConcessionBeta = map(p.ConcessionBeta),
                RiskAttitude = map(p.RiskAttitude),
                Stances = p.Stances.Select(s => s with
                {
                    Position = map(s.Position),
                    Salience = map(s.Salience),
                    RedLine = s.RedLine is null ? null : s.RedLine with { Min = Opt(s.RedLine.Min), Max = Opt(s.RedLine.Max) },
                }).ToList(),
                Linkages = Each(p.Linkages, l => l with { When = Condition(l.When), Requirements = l.Requirements.Select(Condition).ToList() }),
                Influences = Each(p.Influences, f => f with { Strength = map(f.Strength) }),
                Delegation = p.Delegation with { Mandate = Each(p.Delegation.Mandate, m => m with { Min = Opt(m.Min), Max = Opt(m.Max) }) },
            }).ToList(),
            Protocol = scenario.Protocol with
            {
                TimeBudgetMinutes = map(scenario.Protocol.TimeBudgetMinutes),
                MinutesPerRound = map(scenario.Protocol.MinutesPerRound),
                CoMediators = scenario.Protocol.CoMediators is { } seats ? Each(seats, c => c with { Weight = map(c.Weight) }) : null,
            },
        };
    }

    /// <summary>Maps a list's items, keeping an empty list as it is (so a rewritten scenario equals a loaded one).</summary>
    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, Func<T, T> map) => items.Count == 0 ? items : items.Select(map).ToList();
}
