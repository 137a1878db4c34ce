using System.Globalization;
using Simulator.Domain.Analysis;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>Builds a class's debrief from the class, a Monte Carlo experiment of the same scenario and its bargaining solutions.</summary>
public static class DebriefBuilder
{
    /// <summary>The bargaining analysis the debrief compares against (a second or so of work: compute it once per scenario).</summary>
    public static ScenarioBargaining Bargaining(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var space = new AgreementSpace(scenario.Scenario);
        return new ScenarioBargaining(space, space.Consenting);
    }

    public static Debrief Build(ClassTable table, ExperimentResult simulated, ScenarioBargaining bargaining)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(bargaining);
        var s = table.Scenario;
        var result = table.Result();
        var words = new ScenarioWording(s.Scenario);
        var values = result.Values ?? table.Session.Values;
        var issues = result.Issues.Select(o => Issue(s, o, simulated, words.Text(TranscriptFormatter.ClosingReason(s, result.Transcript ?? [], o, values)))).ToList();
        var paths = s.Principals.Select(p => new ConcessionPath(
            s.Parties[p].Id,
            s.Parties[p].Name,
            [.. table.Rounds.Select(r => r.Answers.First(a => a.Party == s.Parties[p].Id)).Select((a, k) => new ConcessionPoint(table.Rounds[k].Round, a.Share, a.Aspiration, a.OnText.Accepted, a.Source))]))
            .ToList();
        var outcome = new double[s.IssueCount];
        for (var i = 0; i < outcome.Length; i++)
        {
            outcome[i] = s.Parameters.BaseValues[s.StatusQuo[i]];
        }

        foreach (var o in result.Issues)
        {
            outcome[o.Issue] = o.Value;
        }

        var space = new AgreementSpace(s.Scenario);
        var names = bargaining.Parties.Select(p => s.Parties[p].Id).ToList();
        var classUtility = bargaining.Parties.Select(p => space.Utility(p, outcome)).ToList();
        var solutions = new List<SolutionDistance>();
        foreach (var (concept, name) in new[] { (SolutionConcept.Nash, "Nash"), (SolutionConcept.KalaiSmorodinsky, "Kalai-Smorodinsky") })
        {
            if (bargaining.Solve(concept) is not { } point)
            {
                continue;
            }

            var distance = Math.Sqrt(classUtility.Select((u, k) => Math.Pow(u - point.Point.Utilities[k], 2)).Sum());
            solutions.Add(new SolutionDistance(
                name,
                names.Select((n, k) => (n, classUtility[k])).ToDictionary(x => x.n, x => x.Item2),
                names.Select((n, k) => (n, point.Point.Utilities[k])).ToDictionary(x => x.n, x => x.Item2),
                distance,
                s.Agenda.ToDictionary(i => s.Scenario.Issues[i].Id, i => space.IsAgreed(i, point.Values[i]) ? ScaleText.Of(s.Scenario.Issues[i], point.Values[i]) : "not agreed")));
        }

        return new Debrief(
            s.Scenario.Id,
            s.Scenario.Title,
            TranscriptFormatter.Describe(result.EndReason),
            result.Rounds,
            simulated.Runs,
            issues,
            paths,
            solutions,
            table.Notices,
            TranscriptFormatter.Format(s, result),
            s.Scenario.Parties.ToDictionary(p => p.Id, p => words.Party(p.Id), StringComparer.Ordinal),
            table.EndedMidRound);
    }

    /// <param name="reason">Why the class did not agree it, as the transcript's closing summary words it.</param>
    private static IssueDebrief Issue(CompiledScenario s, IssueOutcome o, ExperimentResult simulated, string reason)
    {
        var issue = s.Scenario.Issues[o.Issue];
        var sim = simulated.Issues.FirstOrDefault(i => i.Id == issue.Id);
        var observed = s.Scenario.Observed.TryGetValue(issue.Id, out var obs) ? obs : null;
        var classValue = o.Agreed ? ScaleText.Of(issue, o.Value) : null;
        var observedValue = observed is { Agreed: true, Value: { } v } ? ScaleText.Of(issue, v) : null;
        var probability = sim?.AgreedProbability ?? 0;
        var mode = sim?.AgreedValues is { } values ? (issue.Unit is { } u ? Fmt($"{values.Mode:N0} {u.Name}") : Fmt($"{values.Mode:0.#}")) : null;
        var record = sim?.Observed is { } graded ? ObservedText.Of(graded, sim.Unit) : observed is null ? null : observed.Agreed ? "agreed" : "not agreed";
        var history = observed is null ? "history does not say"
            : observed.Grade is not null ? $"the real talks record it as {record}"
            : observed.Agreed ? $"it was agreed in the real talks{(observedValue is null ? string.Empty : $" ({observedValue})")}" : "it was not agreed in the real talks";
        var sentence = o.Agreed
            ? Fmt($"Your class agreed {issue.Label} at {classValue}; it was agreed in {ScaleText.Percent(probability, 1)} of {simulated.Runs:N0} simulated talks{(mode is null ? string.Empty : $" (most often at {mode})")}, and {history}.")
            : Fmt($"Your class did not agree {issue.Label}; it was agreed in {ScaleText.Percent(probability, 1)} of {simulated.Runs:N0} simulated talks, and {history}.");
        return new IssueDebrief(issue.Id, issue.Label, o.Agreed, classValue, observed?.Agreed, observedValue, probability, mode, o.Agreed ? null : reason, sentence, record);
    }

    private static string Fmt(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
