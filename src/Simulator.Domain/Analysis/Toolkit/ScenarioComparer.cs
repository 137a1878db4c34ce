using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Compares two experiments issue by issue (issues on both agendas, in A's order) and their scenarios parameter by parameter.</summary>
public static class ScenarioComparer
{
    public static ScenarioComparison Compare(string nameA, ExperimentResult a, ParameterTable parametersA, string nameB, ExperimentResult b, ParameterTable parametersB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var issues = new List<IssueComparison>();
        foreach (var ia in a.Issues)
        {
            if (b.Issues.FirstOrDefault(i => string.Equals(i.Id, ia.Id, StringComparison.Ordinal)) is { } ib)
            {
                issues.Add(new IssueComparison(ia.Id, ia.Label, TwoProportionTest.Compare(ia.AgreedRuns, a.Runs, ib.AgreedRuns, b.Runs)));
            }
        }

        return new ScenarioComparison(nameA, nameB, a.Runs, b.Runs, issues, ParameterDiff.Between(parametersA, parametersB));
    }
}
