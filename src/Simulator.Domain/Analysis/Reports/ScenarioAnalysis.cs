using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// Builds the whole bargaining analysis of a scenario: solution points, the zones of agreement on
/// each agenda issue alone and jointly, the red-line diagnosis, voting power, and (with runs) how far
/// the simulated modal outcome lies from each solution point.
/// </summary>
public static class ScenarioAnalysis
{
    private static readonly (SolutionConcept Concept, string Name)[] Concepts =
    [
        (SolutionConcept.Nash, "Nash bargaining solution"),
        (SolutionConcept.WeightedNash, "Nash solution weighted by capability"),
        (SolutionConcept.KalaiSmorodinsky, "Kalai-Smorodinsky solution"),
        (SolutionConcept.Egalitarian, "egalitarian solution"),
        (SolutionConcept.Utilitarian, "utilitarian solution"),
    ];

    public static ScenarioAnalysisReport Analyse(Scenario scenario, ScenarioAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var space = new AgreementSpace(scenario);
        IReadOnlyList<int> parties = options.AllParties ? [.. Enumerable.Range(0, scenario.Parties.Count)] : space.Consenting;
        var bargaining = new ScenarioBargaining(space, parties);
        var names = parties.Select(p => scenario.Parties[p].Id).ToList();
        var modal = options.Runs > 0 ? ModalOutcome(space, parties, options.Runs, options.Seed ?? scenario.MonteCarlo.Seed) : null;
        var solutions = Concepts
            .Select(c => (c.Concept, c.Name, Outcome: bargaining.Solve(c.Concept)))
            .Where(s => s.Outcome is not null)
            .Select(s => Report(space, names, s.Concept, s.Name, s.Outcome!, modal))
            .ToList();
        var zones = JointZoneAnalysis.Analyse(space);
        var ideal = bargaining.Problem.IdealPoint();
        var drafts = space.Compiled.Chair.Length > 0 && scenario.Protocol.Kind == ProtocolKind.MediatedSingleText;
        return new ScenarioAnalysisReport(
            scenario.Id,
            scenario.Title,
            names,
            ByName(names, bargaining.Disagreement),
            ideal is null ? null : ByName(names, ideal),
            bargaining.Frontier().Count,
            solutions,
            [.. zones.Select(z => ZoneReport(space, z))],
            [.. zones.SelectMany(z => z.AllDiagnoses()).Select(d => Diagnosis(scenario, d, options))],
            Power(space),
            modal?.Report,
            drafts ? ChairSeatReport.For(space.Compiled, space.Compiled.Parameters.BaseValues) : null,
            drafts ? Engine.ChairView.Points(space.Compiled, space.Compiled.Parameters.CopyBaseValues()).ToDictionary(p => p.Key, p => Math.Round(p.Value, 3)) : null);
    }


    private static SolutionPointReport Report(AgreementSpace space, List<string> names, SolutionConcept concept, string name, ScenarioOutcome outcome, Modal? modal)
    {
        double? utilityDistance = null;
        double? issueDistance = null;
        if (modal is not null)
        {
            utilityDistance = Math.Sqrt(outcome.Point.Utilities.Zip(modal.Utilities, (a, b) => (a - b) * (a - b)).Sum());
            issueDistance = space.Agenda.Average(i => Math.Abs(outcome.Values[i] - modal.Values[i]));
        }

        return new SolutionPointReport(
            Kebab(concept.ToString()),
            name,
            Agreed(space, outcome.Values),
            ByName(names, outcome.Point.Utilities),
            utilityDistance,
            issueDistance);
    }

    private static ZoneReport ZoneReport(AgreementSpace space, JointZone zone)
    {
        var issue = space.Scenario.IssueIndex(zone.IssueId);
        var own = IssueZones.For(space.Scenario, zone.IssueId);
        var summary = zone.Exists
            ? zone.TriggerDiagnoses.Count == 0
                ? $"agreeable from {F(zone.Low!.Value)} to {F(zone.High!.Value)}"
                : $"agreeable from {F(zone.Low!.Value)} to {F(zone.High!.Value)}, but not where {string.Join(" or ", zone.TriggerDiagnoses.Select(t => t.Subject))}"
            : "no zone of agreement";
        return new ZoneReport(zone.IssueId, space.StatusQuo[issue], own.IsOpen, own.Low, own.High, zone.Exists, zone.Low, zone.High, summary);
    }

    private static DiagnosisReport Diagnosis(Scenario scenario, RedLineDiagnosis diagnosis, ScenarioAnalysisOptions options)
    {
        var checks = RelaxationChecks.Check(scenario, diagnosis, options.Runs, options.Seed ?? scenario.MonteCarlo.Seed);
        var verdicts = diagnosis.Options.Count == 0 ? string.Empty : checks.Count == 0 ? " " + RelaxationChecks.Unchecked : " " + string.Join(" ", checks.Select(c => c.Verdict));
        return new(
            diagnosis.IssueId,
            diagnosis.Subject,
            diagnosis.Explain() + verdicts,
            diagnosis.Complete,
            [.. diagnosis.Options.Select(o => (IReadOnlyList<MoveReport>)[.. o.Moves.Select(Move)])],
            checks);
    }

    private static MoveReport Move(ConstraintMove move)
    {
        var c = move.Constraint;
        var newBound = c.IsMinimum ? c.Bound - move.By : c.Bound + move.By;
        return new MoveReport(c.Key, Kebab(c.Kind.ToString()), c.PartyId, c.IssueId, c.Describe(), c.Bound, move.By, newBound);
    }

    // Two approval rules over every party weighted by capability: a plain majority of capability,
    // and the same with every principal's endorsement required (nothing is agreed without them).
    private static List<PowerReport> Power(AgreementSpace space)
    {
        var parties = space.Scenario.Parties;
        if (parties.Count > CoalitionGame.MaxPlayers)
        {
            return [];
        }

        var weights = Enumerable.Range(0, parties.Count).Select(space.Capability).ToArray();
        var quota = (weights.Sum() / 2) + 1e-6;
        var required = space.Consenting.ToArray();
        var plain = ApprovalRule.WeightedMajority(quota, weights);
        var endorsed = new ApprovalRule(quota, weights, required);
        return
        [
            PowerReport("capability-majority", "more than half of all capability carries a decision", plain, space, []),
            PowerReport("principals-must-endorse", "more than half of all capability, and every principal must endorse", endorsed, space, required),
        ];
    }

    private static PowerReport PowerReport(string rule, string description, ApprovalRule approval, AgreementSpace space, int[] required)
    {
        var shapley = approval.ShapleyShubik();
        var banzhaf = approval.NormalisedBanzhaf();
        var entries = space.Scenario.Parties
            .Select((p, i) => new PowerEntry(p.Id, approval.Weights[i], required.Contains(i), shapley[i], banzhaf[i]))
            .ToList();
        return new PowerReport(rule, description, approval.Quota, entries);
    }

    private static Modal ModalOutcome(AgreementSpace space, IReadOnlyList<int> parties, int runs, ulong seed)
    {
        var compiled = space.Compiled;
        var summaries = ExperimentRunner.RunBatch(compiled, seed, 0, runs);
        var groups = summaries
            .Select(run =>
            {
                var values = space.NoAgreement();
                for (var k = 0; k < compiled.Agenda.Length; k++)
                {
                    if (run.Agreed[k])
                    {
                        values[compiled.Agenda[k]] = Math.Round(run.Values[k] * 2) / 2;
                    }
                }

                return values;
            })
            .GroupBy(v => string.Join(',', v.Select(x => x.ToString(CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var modal = groups[0].First();
        var utilities = parties.Select(p => space.Utility(p, modal)).ToArray();
        var names = parties.Select(p => space.Scenario.Parties[p].Id).ToList();
        var report = new ModalOutcomeReport(
            runs,
            seed,
            Kebab(space.Scenario.Protocol.Kind.ToString()),
            (double)groups[0].Count() / runs,
            Agreed(space, modal),
            ByName(names, utilities));
        return new Modal(modal, utilities, report);
    }

    private static Dictionary<string, double> Agreed(AgreementSpace space, IReadOnlyList<double> values) =>
        space.Agenda.Where(i => space.IsAgreed(i, values[i])).ToDictionary(i => space.Scenario.Issues[i].Id, i => Math.Round(values[i], 3));

    private static Dictionary<string, double> ByName(IReadOnlyList<string> names, IReadOnlyList<double> values) =>
        names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => Math.Round(values[x.i], 6));

    internal static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record Modal(double[] Values, double[] Utilities, ModalOutcomeReport Report);
}
