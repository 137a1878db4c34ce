using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Calibration;

/// <summary>
/// Calibration of one scenario against its `observed` record: run r samples exactly the parameters
/// `sim run` run r samples (the same generator from (seed, r)), negotiates, and compares each
/// recorded issue on the agenda with the outcome.
/// </summary>
public sealed class ScenarioCalibrationModel : ICalibrationModel
{
    private readonly CompiledScenario _scenario;
    private readonly int[] _parameterIndices;
    private readonly int[] _recordIssues;

    public ScenarioCalibrationModel(CompiledScenario scenario, IReadOnlyList<string> parameterPatterns, ValueTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tolerance);
        _scenario = scenario;
        Record = RecordOf(scenario, null, tolerance, out _recordIssues);
        Parameters = ParameterSelection.Select(Candidates(scenario, null), parameterPatterns);
        _parameterIndices = [.. Parameters.Select(p => scenario.Parameters.IndexOf(p.Parameter))];
    }

    public string Id => _scenario.Scenario.Id;

    public string Title => _scenario.Scenario.Title;

    public IReadOnlyList<CalibratedParameter> Parameters { get; }

    public IReadOnlyList<RecordItem> Record { get; }

    public void Run(ulong seed, int runIndex, Span<double> drawn, Span<bool> matched)
    {
        var random = new Xoshiro256StarStar(SplitMix64.RunSeed(seed, runIndex));
        var values = ParameterSampler.Sample(_scenario.Parameters, random);
        // Timeline events overwrite values during the run: keep the draws first.
        for (var k = 0; k < _parameterIndices.Length; k++)
        {
            drawn[k] = values[_parameterIndices[k]];
        }

        var result = ProtocolCatalog.For(_scenario.Scenario.Protocol.Kind).Run(_scenario, values, false);
        Compare(result, Record, _recordIssues, matched);
    }

    /// <summary>Every parameter Monte Carlo draws from a range (pins and zero-width ranges left out), prefixed with the round for a series.</summary>
    public static IReadOnlyList<CalibratedParameter> Candidates(CompiledScenario scenario, string? round)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var enclosing = ParameterSources.Enclosing(scenario.Scenario);
        return [.. scenario.Parameters.UncertainIndices
            .Select(i => scenario.Parameters.Parameters[i])
            .Where(p => p.Uncertainty!.Support.Max > p.Uncertainty.Support.Min)
            .Select(p => new CalibratedParameter(round is null ? p.Path : $"{round}:{p.Path}", p, round, enclosing.GetValueOrDefault(p.Path)))];
    }

    /// <summary>The scenario's observed outcomes on agenda issues, in agenda order, with their issue indices; an error when there are none.</summary>
    public static IReadOnlyList<RecordItem> RecordOf(CompiledScenario scenario, string? round, ValueTolerance tolerance, out int[] issueIndices)
    {
        var items = TryRecordOf(scenario, round, tolerance, out issueIndices);
        if (items.Count == 0)
        {
            var where = scenario.Scenario.SourceFile ?? scenario.Scenario.Id;
            throw new AnalysisInputException($"{where}{(round is null ? "" : $" (round {round})")}: there is no observed record on the agenda to calibrate against; add e.g. observed: {{ceasefire: {{agreed: false}}}}");
        }

        return items;
    }

    /// <summary>The scenario's observed outcomes on agenda issues (possibly none), in agenda order, with their issue indices.</summary>
    public static IReadOnlyList<RecordItem> TryRecordOf(CompiledScenario scenario, string? round, ValueTolerance tolerance, out int[] issueIndices)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tolerance);
        var items = new List<RecordItem>();
        var indices = new List<int>();
        foreach (var i in scenario.Agenda)
        {
            var issue = scenario.Scenario.Issues[i];
            if (scenario.Scenario.Observed.TryGetValue(issue.Id, out var observed))
            {
                var value = observed.Agreed ? observed.Value : null;
                items.Add(new RecordItem(round, issue.Id, observed.Agreed, value, value is null ? null : tolerance.For(issue.Id)));
                indices.Add(i);
            }
        }

        issueIndices = [.. indices];
        return items;
    }

    /// <summary>Marks each record item the run reproduced.</summary>
    public static void Compare(NegotiationResult result, IReadOnlyList<RecordItem> record, int[] issueIndices, Span<bool> matched)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(issueIndices);
        for (var k = 0; k < record.Count; k++)
        {
            var outcome = Find(result, issueIndices[k]);
            matched[k] = outcome is not null && record[k].Matches(outcome.Agreed, outcome.Value);
        }
    }

    private static IssueOutcome? Find(NegotiationResult result, int issue)
    {
        foreach (var o in result.Issues)
        {
            if (o.Issue == issue)
            {
                return o;
            }
        }

        return null;
    }
}
