using System.Globalization;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Analysis;

/// <summary>
/// Holds the red-line diagnosis to the engine's account. A zone of agreement is necessary for an
/// agreement, not sufficient: the engine also needs each principal's aspiration (which falls from
/// its ideal towards its walk-away value) met before the time runs out, the minimum move, mandates
/// and linkages at once. So each relaxation the diagnosis proposes is applied through the one
/// override path (the same as `--set`) and run, and the diagnosis says what the engine then does.
/// </summary>
public static class RelaxationChecks
{
    /// <summary>The engine agrees the subject in at least this share of runs for a relaxation to count as enough.</summary>
    public const double SufficientShare = 0.5;

    public static IReadOnlyList<RelaxationCheckReport> Check(Scenario scenario, RedLineDiagnosis diagnosis, int runs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(diagnosis);
        return runs <= 0 ? [] : [.. diagnosis.Options.Select(o => Check(scenario, diagnosis, o, runs, seed))];
    }

    /// <summary>The `--set` changes that apply a relaxation: each bound moved to its new value, rounded outwards to 0.01.</summary>
    public static IReadOnlyList<ParameterOverride> Overrides(Scenario scenario, Relaxation relaxation)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(relaxation);
        return [.. relaxation.Moves.Select((m, k) => new ParameterOverride(PathOf(scenario, m.Constraint), NewBound(m), ParameterOverride.SetSource, k + 1))];
    }

    /// <summary>What a reader is told when the diagnosis was not run through the engine.</summary>
    public static string Unchecked =>
        "A zone is necessary for an agreement, not sufficient: the engine also needs each principal's aspiration met before time runs out; run with --runs N to check each relaxation in the simulation.";

    private static RelaxationCheckReport Check(Scenario scenario, RedLineDiagnosis diagnosis, Relaxation relaxation, int runs, ulong seed)
    {
        var overrides = Overrides(scenario, relaxation);
        var sets = overrides.Select(o => $"{o.Path}={Number(o.Value)}").ToList();
        var setText = string.Join(" ", sets.Select(s => "--set " + s));
        ExperimentResult result;
        try
        {
            result = ExperimentRunner.Run(ParameterOverrides.Apply(CompiledScenario.Compile(scenario), overrides), runs, seed);
        }
        catch (ScenarioException e)
        {
            var why = e.Errors.Count > 0 ? e.Errors[0].Message : e.Message;
            return new RelaxationCheckReport(sets, runs, seed, 0, 0, new ProbabilityIntervalReport(0, 0), false, null, null, $"With {setText} the scenario is refused ({why}), so the engine cannot check it.", why);
        }

        var issue = result.Issues.First(i => i.Id == diagnosis.IssueId);
        var agreed = AgreedWithin(scenario.Issue(diagnosis.IssueId), issue, diagnosis.Trigger);
        var (low, high) = WilsonInterval.Of(agreed, runs);
        var share = (double)agreed / runs;
        var sufficient = share >= SufficientShare;
        var top = issue.Blockers.Count > 0 ? issue.Blockers[0] : null;
        var figure = $"{diagnosis.Subject} is agreed in {Percent(share)} of {runs:N0} runs (95% interval {Percent(low)}–{Percent(high)})";
        var verdict = sufficient
            ? $"With {setText} the engine agrees: {figure}."
            : top is null
                ? $"With {setText}, {figure}: opening the zone is necessary but not sufficient."
                : $"With {setText}, {figure}: opening the zone is necessary but not sufficient, and what still blocks it most often is {top.Key} ({top.Explanation}).";
        return new RelaxationCheckReport(sets, runs, seed, agreed, share, new ProbabilityIntervalReport(low, high), sufficient, sufficient ? null : top?.Key, sufficient ? null : top?.Explanation, verdict);
    }

    /// <summary>Runs that agreed the issue within the diagnosis's subject (any value, or where the linkage's trigger holds).</summary>
    private static int AgreedWithin(Issue issue, IssueResult result, IssueCondition? trigger)
    {
        if (trigger is null)
        {
            return result.AgreedRuns;
        }

        return (result.AgreedValues?.Histogram ?? [])
            .Where(b => trigger.HoldsFor(issue.Unit is { } u ? u.FromUnit(b.Value) : b.Value))
            .Sum(b => b.Count);
    }

    private static double NewBound(ConstraintMove move)
    {
        var c = move.Constraint;
        var moved = Math.Round(c.IsMinimum ? c.Bound - move.By : c.Bound + move.By, 6);
        return c.IsMinimum ? Math.Floor(moved * 100) / 100 : Math.Ceiling(moved * 100) / 100;
    }

    private static string PathOf(Scenario scenario, ConsentConstraint c)
    {
        var party = scenario.Party(c.PartyId);
        var parameter = c.Kind switch
        {
            ConsentConstraintKind.Linkage => c.IsMinimum ? c.Linkage!.Require.AtLeast : c.Linkage!.Require.AtMost,
            ConsentConstraintKind.Mandate => party.Delegation.Mandate.First(m => m.IssueId == c.IssueId) is var m && c.IsMinimum ? m.Min : m.Max,
            _ => party.StanceOn(c.IssueId)?.RedLine is { } r ? (c.IsMinimum ? r.Min : r.Max) : null,
        };
        return parameter?.Path ?? throw new InvalidOperationException($"{c.Key} has no parameter to relax.");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
