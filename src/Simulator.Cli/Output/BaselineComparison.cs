using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output;

/// <summary>Builds a what-if's <see cref="BaselineChange"/> and decides when a base is worth running at all.</summary>
internal static class BaselineComparison
{
    /// <summary>
    /// Whether the what-if changes anything the engine uses: a parameter's value or uncertainty, the
    /// protocol, the chair (who sits in it: its weights are parameters), the packaging, the agenda or a linkage. A file that only retitles its base (the
    /// shipped baseline over the seed extraction) is not a what-if, and no second experiment is run.
    /// </summary>
    public static bool Differs(CompiledScenario whatIf, CompiledScenario baseline)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        ArgumentNullException.ThrowIfNull(baseline);
        var a = whatIf.Scenario;
        var b = baseline.Scenario;
        return ParameterDiff.Between(baseline.Parameters, whatIf.Parameters).Count > 0
            || a.Protocol.Kind != b.Protocol.Kind
            || a.Protocol.Packaging != b.Protocol.Packaging
            || !a.Protocol.ChairIds.SequenceEqual(b.Protocol.ChairIds)
            || !a.Protocol.Agenda.SequenceEqual(b.Protocol.Agenda)
            || !Linkages(a).SequenceEqual(Linkages(b));
    }

    public static BaselineChange Of(string baseFile, ExperimentResult baseline, ExperimentResult whatIf)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(whatIf);
        var issues = new List<IssueChange>();
        foreach (var issue in whatIf.Issues)
        {
            var before = baseline.Issues.FirstOrDefault(i => i.Id == issue.Id);
            if (before is null)
            {
                continue;
            }

            var d = TwoProportionTest.Compare(before.AgreedRuns, baseline.Runs, issue.AgreedRuns, whatIf.Runs);
            issues.Add(new IssueChange(issue.Id, issue.Label, before.AgreedProbability, issue.AgreedProbability, d.Difference, d.Low, d.High, d.Low > 0 || d.High < 0));
        }

        return new BaselineChange(baseFile, baseline.Title, issues);
    }

    private static IEnumerable<string> Linkages(Scenario s) =>
        s.Parties.SelectMany(p => p.Linkages.Select(l => $"{p.Id}.{l.Id}")).Order(StringComparer.Ordinal);
}
