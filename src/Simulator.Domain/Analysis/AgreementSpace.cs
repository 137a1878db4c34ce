using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis;

/// <summary>
/// The space of agreements a scenario allows, seen by the analysis: an outcome is one value per
/// scenario issue (off-agenda issues and unagreed ones at their status quo), judged by the parties
/// whose consent is needed (the principals) through their red lines, delegation mandates and
/// linkages, with the stated (unsampled) parameter values. Utilities are the engine's
/// <see cref="UtilityFunction"/>, so the analysis and the simulation value outcomes alike.
/// </summary>
public sealed class AgreementSpace
{
    private const double Tolerance = 1e-9;
    private const double TriggerMargin = 0.5;
    private readonly double[] values;
    private readonly int[] constraintIssue;
    private readonly int[] linkageWhenIssue;
    private readonly int[][] alternativeIssues;

    public AgreementSpace(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Compiled = CompiledScenario.Compile(scenario);
        values = Compiled.Parameters.CopyBaseValues();
        StatusQuo = [.. scenario.Issues.Select(i => i.StatusQuo.Value)];
        Agenda = Compiled.Agenda;
        Consenting = Compiled.Principals;
        Constraints = [.. Consenting.SelectMany(p => ConstraintsOf(scenario, scenario.Parties[p]))];
        constraintIssue = [.. Constraints.Select(c => scenario.IssueIndex(c.IssueId))];
        linkageWhenIssue = [.. Constraints.Select(c => c.Linkage is { } l ? scenario.IssueIndex(l.When.IssueId) : -1)];
        alternativeIssues = [.. Constraints.Select(c => c.Alternatives is { } any ? any.Select(a => scenario.IssueIndex(a.IssueId)).ToArray() : [scenario.IssueIndex(c.IssueId)])];
    }

    public Scenario Scenario { get; }

    public CompiledScenario Compiled { get; }

    /// <summary>Each issue's status quo, in scenario issue order.</summary>
    public IReadOnlyList<double> StatusQuo { get; }

    /// <summary>Issue indices on the agenda; the others stay at their status quo.</summary>
    public IReadOnlyList<int> Agenda { get; }

    /// <summary>Indices of the parties whose consent an agreement needs.</summary>
    public IReadOnlyList<int> Consenting { get; }

    public IReadOnlyList<ConsentConstraint> Constraints { get; }

    /// <summary>The outcome in which nothing is agreed.</summary>
    public double[] NoAgreement() => [.. StatusQuo];

    /// <summary>
    /// Whether <paramref name="value"/> agrees <paramref name="issue"/>: it moves it at least the
    /// minimum from its status quo, as at the table and in alternating offers (<see cref="MinimumMove"/>).
    /// </summary>
    public bool IsAgreed(int issue, double value) => MinimumMove.Agrees(value, StatusQuo[issue]);

    /// <summary>What an outcome holds on an issue: the value when it agrees the issue, else the status quo (a token move is no agreement).</summary>
    public double Effective(int issue, double value) => IsAgreed(issue, value) ? value : StatusQuo[issue];

    /// <summary>The scenario issue index a constraint bounds (for a linkage: the required issue).</summary>
    public int IssueOf(int constraint) => constraintIssue[constraint];

    /// <summary>Every issue a constraint bounds: its own, or each alternative's of an any-of linkage.</summary>
    public IReadOnlyList<int> IssuesOf(int constraint) => alternativeIssues[constraint];

    /// <summary>For a linkage constraint, the index of its trigger issue; otherwise −1.</summary>
    public int TriggerIssueOf(int constraint) => linkageWhenIssue[constraint];

    /// <summary>How far an outcome breaks a constraint (0 when it respects it or the constraint does not apply).</summary>
    public double Excess(int constraint, ReadOnlySpan<double> outcome)
    {
        var c = Constraints[constraint];
        var issue = constraintIssue[constraint];
        if (c.Linkage is null)
        {
            return IsAgreed(issue, outcome[issue]) ? c.Excess(outcome[issue]) : 0.0;
        }

        var when = linkageWhenIssue[constraint];
        var whenValue = Effective(when, outcome[when]);
        if (c.Alternatives is { } any)
        {
            // Kept when one alternative holds; otherwise broken by as little as the nearest alternative needs.
            var issues = alternativeIssues[constraint];
            var touched = IsAgreed(when, outcome[when]);
            var nearest = double.PositiveInfinity;
            for (var k = 0; k < any.Count; k++)
            {
                touched |= IsAgreed(issues[k], outcome[issues[k]]);
                nearest = Math.Min(nearest, any[k].Excess(Effective(issues[k], outcome[issues[k]])));
            }

            return touched && c.Linkage.When.HoldsFor(whenValue) ? nearest : 0.0;
        }

        var active = IsAgreed(issue, outcome[issue]) || IsAgreed(when, outcome[when]);
        return active && c.Linkage.When.HoldsFor(whenValue) ? c.Excess(Effective(issue, outcome[issue])) : 0.0;
    }

    /// <summary>True when no constraint is broken.</summary>
    public bool IsAcceptable(ReadOnlySpan<double> outcome)
    {
        for (var c = 0; c < Constraints.Count; c++)
        {
            if (Excess(c, outcome) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A party's utility for an outcome (party index in scenario order).</summary>
    /// <remarks>A token move (less than the minimum from the status quo) is valued at the status quo: it agrees nothing.</remarks>
    public double Utility(int party, ReadOnlySpan<double> outcome)
    {
        Span<double> held = outcome.Length <= 64 ? stackalloc double[outcome.Length] : new double[outcome.Length];
        for (var i = 0; i < outcome.Length; i++)
        {
            held[i] = Effective(i, outcome[i]);
        }

        return UtilityFunction.Of(Compiled.Parties[party], values, held);
    }

    /// <summary>What one issue's value contributes to a party's utility (salience × value of the distance; a token move at the status quo).</summary>
    public double IssueUtility(int party, int issue, double value)
    {
        var p = Compiled.Parties[party];
        return p.HasStance[issue] ? values[p.Salience[issue]] * UtilityFunction.IssueValue(p.Shape, values[p.Position[issue]], Effective(issue, value)) : 0.0;
    }

    /// <summary>A party's capability (its bargaining weight in the weighted Nash solution and in voting power).</summary>
    public double Capability(int party) => values[Compiled.Parties[party].Capability];

    /// <summary>
    /// True when agreeing <paramref name="issue"/> at <paramref name="value"/> respects every red line
    /// and mandate on it (linkages are judged on whole outcomes).
    /// </summary>
    public bool AllowsOnItsOwn(int issue, double value)
    {
        if (!IsAgreed(issue, value))
        {
            return true;
        }

        for (var c = 0; c < Constraints.Count; c++)
        {
            if (constraintIssue[c] == issue && linkageWhenIssue[c] < 0 && Constraints[c].Excess(value) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The values worth trying on an issue: its ends, status quo, every bound and trigger on it, the
    /// consenting parties' positions, and the midpoints between them. Any interval of values that
    /// satisfies the constraints contains one of them, so a search over these decides feasibility
    /// exactly. <paramref name="minimumMove"/> keeps only values at least that far from the status quo.
    /// </summary>
    public IReadOnlyList<double> BreakpointCandidates(int issue, double? minimumMove = null)
    {
        var points = new SortedSet<double> { 0, 100, StatusQuo[issue] };
        var margins = new List<double>();
        for (var c = 0; c < Constraints.Count; c++)
        {
            if (Constraints[c].Alternatives is { } any)
            {
                foreach (var alternative in any.Where(a => Scenario.IssueIndex(a.IssueId) == issue))
                {
                    foreach (var bound in new[] { alternative.AtLeast, alternative.AtMost })
                    {
                        if (bound is not null)
                        {
                            points.Add(bound.Value);
                        }
                    }
                }
            }
            else if (constraintIssue[c] == issue)
            {
                points.Add(Constraints[c].Bound);
            }

            if (linkageWhenIssue[c] == issue)
            {
                // A trigger splits the issue; half a point either side names the nearest values
                // that do not trigger it, so a zone reported as "up to 29.5" reads as "below 30".
                var when = Constraints[c].Linkage!.When;
                foreach (var bound in new[] { when.AtLeast, when.AtMost })
                {
                    if (bound is not null)
                    {
                        points.Add(bound.Value);
                        margins.Add(bound.Value - TriggerMargin);
                        margins.Add(bound.Value + TriggerMargin);
                    }
                }
            }
        }

        foreach (var p in Consenting)
        {
            if (Scenario.Parties[p].StanceOn(Scenario.Issues[issue].Id) is { } stance)
            {
                points.Add(stance.Position.Value);
            }
        }

        if (minimumMove is { } move)
        {
            points.Add(StatusQuo[issue] - move);
            points.Add(StatusQuo[issue] + move);
        }

        var sorted = points.Where(v => v is >= 0 and <= 100).ToList();
        var all = new List<double>(sorted);
        for (var k = 1; k < sorted.Count; k++)
        {
            all.Add((sorted[k - 1] + sorted[k]) / 2);
        }

        // Margin points are added after the midpoints: they sit inside the classes the real
        // breakpoints delimit, so they need no midpoints of their own.
        all.AddRange(margins.Where(v => v is >= 0 and <= 100));
        all = [.. all.Distinct().Order()];
        return minimumMove is { } m ? all.Where(v => Math.Abs(v - StatusQuo[issue]) >= m - Tolerance).ToList() : all;
    }

    /// <summary>Issues tied to others by some consenting party's linkage.</summary>
    public IReadOnlySet<int> LinkedIssues()
    {
        var set = new HashSet<int>();
        for (var c = 0; c < Constraints.Count; c++)
        {
            if (linkageWhenIssue[c] >= 0)
            {
                set.Add(linkageWhenIssue[c]);
                set.UnionWith(alternativeIssues[c]);
            }
        }

        return set;
    }

    private static IEnumerable<ConsentConstraint> ConstraintsOf(Scenario scenario, Party party)
    {
        // A party's limits bind only the issues it signs (a linkage: when it signs the trigger).
        bool Signs(string issueId) => scenario.Issues[scenario.IssueIndex(issueId)].NeedsConsentOf(party.Id);
        foreach (var stance in party.Stances)
        {
            if (scenario.IssueIndex(stance.IssueId) < 0 || stance.RedLine is null || !Signs(stance.IssueId))
            {
                continue;
            }

            if (stance.RedLine.Min is { } min)
            {
                yield return new ConsentConstraint(ConsentConstraintKind.RedLine, party.Id, stance.IssueId, true, min.Value);
            }

            if (stance.RedLine.Max is { } max)
            {
                yield return new ConsentConstraint(ConsentConstraintKind.RedLine, party.Id, stance.IssueId, false, max.Value);
            }
        }

        foreach (var limit in party.Delegation.Mandate)
        {
            if (scenario.IssueIndex(limit.IssueId) < 0 || !Signs(limit.IssueId))
            {
                continue;
            }

            if (limit.Min is { } min)
            {
                yield return new ConsentConstraint(ConsentConstraintKind.Mandate, party.Id, limit.IssueId, true, min.Value);
            }

            if (limit.Max is { } max)
            {
                yield return new ConsentConstraint(ConsentConstraintKind.Mandate, party.Id, limit.IssueId, false, max.Value);
            }
        }

        foreach (var linkage in party.Linkages)
        {
            if (scenario.IssueIndex(linkage.When.IssueId) < 0 || linkage.Requirements.Any(r => scenario.IssueIndex(r.IssueId) < 0) || !Signs(linkage.When.IssueId))
            {
                continue;
            }

            if (linkage.IsAnyOf)
            {
                var first = linkage.Requirements[0];
                var (isMin, bound) = first.AtLeast is { } a ? (true, a.Value) : (false, first.AtMost?.Value ?? 0);
                yield return new ConsentConstraint(ConsentConstraintKind.Linkage, party.Id, first.IssueId, isMin, bound, linkage, linkage.Requirements);
                continue;
            }

            // All of the requirements: each bound is a constraint of its own.
            foreach (var require in linkage.Requirements)
            {
                if (require.AtLeast is { } min)
                {
                    yield return new ConsentConstraint(ConsentConstraintKind.Linkage, party.Id, require.IssueId, true, min.Value, linkage);
                }

                if (require.AtMost is { } max)
                {
                    yield return new ConsentConstraint(ConsentConstraintKind.Linkage, party.Id, require.IssueId, false, max.Value, linkage);
                }
            }
        }
    }
}
