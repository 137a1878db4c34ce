using Simulator.Domain.Calibration;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// Calibration of a series against the record of every round: a run is accepted only when each
/// round reproduces its own record. Parameters are the series' own (implemented shares, trust
/// responses) and every round's, each round's named `ROUND:PATH`.
/// </summary>
public sealed class SeriesCalibrationModel : ICalibrationModel
{
    private readonly CompiledSeries _series;
    private readonly (int Round, int Index)[] _sources;
    private readonly (int Round, RecordItem Item, int Issue)[] _record;

    public SeriesCalibrationModel(CompiledSeries series, IReadOnlyList<string> parameterPatterns, ValueTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(tolerance);
        _series = series;
        var record = new List<(int, RecordItem, int)>();
        for (var k = 0; k < series.Rounds.Count; k++)
        {
            var items = ScenarioCalibrationModel.TryRecordOf(series.Rounds[k].Scenario, series.Rounds[k].Id, tolerance, out var issues);
            record.AddRange(items.Select((item, i) => (k, item, issues[i])));
        }

        if (record.Count == 0)
        {
            throw new Analysis.Toolkit.AnalysisInputException($"{series.Definition.SourceFile}: no round has an observed record on its agenda to calibrate against");
        }

        _record = [.. record];
        Record = [.. record.Select(r => r.Item2)];
        var candidates = new List<CalibratedParameter>();
        candidates.AddRange(series.SeriesParameters.UncertainIndices
            .Select(i => series.SeriesParameters.Parameters[i])
            .Where(p => p.Uncertainty!.Support.Max > p.Uncertainty.Support.Min)
            .Select(p => new CalibratedParameter(p.Path, p, null)));
        foreach (var round in series.Rounds)
        {
            candidates.AddRange(ScenarioCalibrationModel.Candidates(round.Scenario, round.Id));
        }

        Parameters = ParameterSelection.Select(candidates, parameterPatterns);
        _sources = [.. Parameters.Select(p => p.Round is null
            ? (-1, series.SeriesParameters.IndexOf(p.Parameter))
            : (IndexOfRound(p.Round), series.Rounds[IndexOfRound(p.Round)].Scenario.Parameters.IndexOf(p.Parameter)))];
    }

    public string Id => _series.Definition.Id;

    public string Title => _series.Definition.Title;

    public IReadOnlyList<CalibratedParameter> Parameters { get; }

    public IReadOnlyList<RecordItem> Record { get; }

    public void Run(ulong seed, int runIndex, Span<double> drawn, Span<bool> matched)
    {
        var run = SeriesRunner.RunOne(_series, seed, runIndex, recordTranscript: false, out var seriesValues);
        for (var k = 0; k < _sources.Length; k++)
        {
            var (round, index) = _sources[k];
            drawn[k] = round < 0 ? seriesValues[index] : run[round].Drawn[index];
        }

        for (var i = 0; i < _record.Length; i++)
        {
            var (round, item, issue) = _record[i];
            var outcome = run[round].Result.Issues.FirstOrDefault(o => o.Issue == issue);
            matched[i] = outcome is not null && item.Matches(outcome.Agreed, outcome.Value);
        }
    }

    private int IndexOfRound(string id)
    {
        for (var k = 0; k < _series.Rounds.Count; k++)
        {
            if (_series.Rounds[k].Id == id)
            {
                return k;
            }
        }

        return -1;
    }
}
