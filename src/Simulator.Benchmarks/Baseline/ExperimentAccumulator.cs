using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Collects run summaries into counts that do not depend on the order runs arrive in (integer
/// counts and histograms keyed by value to 0.01), so any split into batches merges to the
/// byte-identical result.
/// </summary>
internal sealed partial class ExperimentAccumulator
{
    private const double ValueResolution = 100;

    /// <summary>Width, in scale points, of the bins the most common agreed value is counted in.</summary>
    public const double ModeBinWidth = 5;
    private readonly CompiledScenario _scenario;
    private readonly long[] _agreed;
    private readonly SortedDictionary<long, int>[] _histograms;
    private readonly Dictionary<string, BlockerTally>[] _blockers;
    private readonly Dictionary<string, int> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, string> _patternKeys = [];
    private readonly Dictionary<EndReason, int> _endReasons = [];
    private long _roundsSum;
    private long _milliMinutesSum;

    public ExperimentAccumulator(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        var n = scenario.Agenda.Length;
        _agreed = new long[n];
        _histograms = [.. Enumerable.Range(0, n).Select(_ => new SortedDictionary<long, int>())];
        _blockers = [.. Enumerable.Range(0, n).Select(_ => new Dictionary<string, BlockerTally>(StringComparer.Ordinal))];
    }

    public int Runs { get; private set; }

    public void Add(RunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        CountRun(run.Rounds, run.Minutes, run.EndReason);
        var agreedMask = 0UL;
        for (var k = 0; k < run.Agreed.Length; k++)
        {
            if (run.Agreed[k])
            {
                CountAgreed(k, run.Values[k], ref agreedMask);
            }
            else if (run.BlockerKeys[k] is { } blocker)
            {
                Tally(_blockers[k], blocker, new BlockerTally(1, run.RunIndex, run.BlockerExplanations[k] ?? blocker, Ranges(run.BlockerFigures?[k])));
            }
        }

        CountPattern(agreedMask, run.Agreed, null);
    }

    /// <summary>
    /// The same as adding <see cref="RunSummary.From"/> of the run, straight from the negotiation:
    /// no per-run summary is built, and a blocker's explanation is never filled (only its template
    /// and the figures the template names are kept).
    /// </summary>
    public void Add(int runIndex, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CountRun(result.Rounds, result.Minutes, result.EndReason);
        var agreedMask = 0UL;
        var issues = result.Issues;
        for (var k = 0; k < issues.Count; k++)
        {
            var outcome = issues[k];
            if (outcome.Agreed)
            {
                CountAgreed(k, outcome.Value, ref agreedMask);
            }
            else if (outcome.Blocker is { } blocker)
            {
                // Every run's figures count towards the sampled ranges the reasons quote, so the
                // template (not the filled explanation) is rendered for each failed issue.
                var template = blocker.Template;
                Tally(_blockers[k], blocker.Key, new BlockerTally(1, runIndex, template, Ranges(blocker, template)));
            }
        }

        CountPattern(agreedMask, null, result);
    }

    public void Merge(ExperimentAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Runs += other.Runs;
        _roundsSum += other._roundsSum;
        _milliMinutesSum += other._milliMinutesSum;
        foreach (var (reason, count) in other._endReasons)
        {
            _endReasons[reason] = _endReasons.GetValueOrDefault(reason) + count;
        }

        foreach (var (pattern, count) in other._patterns)
        {
            _patterns[pattern] = _patterns.GetValueOrDefault(pattern) + count;
        }

        for (var k = 0; k < _agreed.Length; k++)
        {
            _agreed[k] += other._agreed[k];
            foreach (var (value, count) in other._histograms[k])
            {
                _histograms[k][value] = _histograms[k].GetValueOrDefault(value) + count;
            }

            foreach (var (key, tally) in other._blockers[k])
            {
                Tally(_blockers[k], key, tally);
            }
        }
    }

    public ExperimentResult ToResult(ulong seed)
    {
        var scenario = _scenario.Scenario;
        var baseValues = _scenario.Parameters.CopyBaseValues();
        var issues = new List<IssueResult>();
        var allBlockers = new List<BlockerResult>();
        for (var k = 0; k < _agreed.Length; k++)
        {
            var issue = scenario.Issues[_scenario.Agenda[k]];
            var (low, high) = WilsonInterval.Of(_agreed[k], Runs);
            var failed = Runs - _agreed[k];
            var blockers = _blockers[k]
                .OrderByDescending(b => b.Value.Count)
                .ThenBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => new BlockerResult(issue.Id, b.Key, b.Value.Count, failed > 0 ? (double)b.Value.Count / failed : 0, BlockerText.FillAggregate(b.Value.Explanation, baseValues, b.Value.Ranges)))
                .ToList();
            allBlockers.AddRange(blockers);
            scenario.Observed.TryGetValue(issue.Id, out var observed);
            issues.Add(new IssueResult(
                issue.Id,
                issue.Label,
                (int)_agreed[k],
                (double)_agreed[k] / Runs,
                new ProbabilityInterval(low, high),
                issue.Unit?.Name,
                Distribution(issue.Unit, _histograms[k]),
                observed is null ? null : Observed(observed, issue.Unit),
                blockers));
        }

        var patterns = _patterns
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new PatternResult(p.Key.Length == 0 ? [] : p.Key.Split(','), p.Value, (double)p.Value / Runs))
            .ToList();
        var ranked = allBlockers
            .OrderByDescending(b => b.Count)
            .ThenBy(b => b.Issue, StringComparer.Ordinal)
            .ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();
        var ends = Enum.GetValues<EndReason>()
            .Where(_endReasons.ContainsKey)
            .ToDictionary(r => r.ToString(), r => _endReasons[r]);
        return new ExperimentResult(scenario.Id, scenario.Title, Runs, seed, issues, patterns, ranked, (double)_roundsSum / Runs, _milliMinutesSum / 1000.0 / Runs, ends);
    }

    private void CountRun(int rounds, double minutes, EndReason endReason)
    {
        Runs++;
        _roundsSum += rounds;
        _milliMinutesSum += (long)Math.Round(minutes * 1000);
        _endReasons[endReason] = _endReasons.GetValueOrDefault(endReason) + 1;
    }

    private void CountAgreed(int k, double value, ref ulong agreedMask)
    {
        _agreed[k]++;
        var key = (long)Math.Round(value * ValueResolution);
        _histograms[k][key] = _histograms[k].GetValueOrDefault(key) + 1;
        if (k < 64)
        {
            agreedMask |= 1UL << k;
        }
    }

    /// <summary>Counts the run's pattern (the agreed issues' ids joined by commas); each distinct pattern's text is built once.</summary>
    private void CountPattern(ulong agreedMask, bool[]? agreed, NegotiationResult? result)
    {
        var n = _agreed.Length;
        string patternKey;
        if (n <= 64 && _patternKeys.TryGetValue(agreedMask, out var known))
        {
            patternKey = known;
        }
        else
        {
            var pattern = new List<string>();
            for (var k = 0; k < n; k++)
            {
                if (agreed is not null ? agreed[k] : result!.Issues[k].Agreed)
                {
                    pattern.Add(_scenario.Scenario.Issues[_scenario.Agenda[k]].Id);
                }
            }

            patternKey = string.Join(',', pattern);
            if (n <= 64)
            {
                _patternKeys[agreedMask] = patternKey;
            }
        }

        _patterns[patternKey] = _patterns.GetValueOrDefault(patternKey) + 1;
    }

    private static void Tally(Dictionary<string, BlockerTally> tallies, string key, BlockerTally add)
    {
        if (tallies.TryGetValue(key, out var current))
        {
            // Ranges merge by min and max, the example by lowest run: both independent of arrival order.
            var ranges = new SortedDictionary<int, (double Min, double Max)>(current.Ranges);
            foreach (var (parameter, (min, max)) in add.Ranges)
            {
                ranges[parameter] = ranges.TryGetValue(parameter, out var r) ? (Math.Min(r.Min, min), Math.Max(r.Max, max)) : (min, max);
            }

            tallies[key] = (current.FirstRun <= add.FirstRun
                ? current with { Count = current.Count + add.Count }
                : add with { Count = current.Count + add.Count }) with { Ranges = ranges };
        }
        else
        {
            tallies[key] = add;
        }
    }

    private static ObservedResult Observed(ObservedIssueOutcome observed, IssueUnit? unit)
    {
        double? InUnit(double? v) => v is { } x && unit is { } u ? u.ToUnit(x) : v;
        // A unit may run backwards (atHundred below atZero): the range's ends are ordered in the unit.
        var (a, b) = (InUnit(observed.Range?.Min), InUnit(observed.Range?.Max));
        return new ObservedResult(
            observed.Agreed,
            InUnit(observed.Value),
            observed.Grade is { } g ? ObservedGrades.Name(g) : null,
            a is { } x1 && b is { } y1 ? Math.Min(x1, y1) : null,
            a is { } x2 && b is { } y2 ? Math.Max(x2, y2) : null,
            observed.Round,
            observed.Minute);
    }

    private static AgreedValueDistribution? Distribution(IssueUnit? unit, SortedDictionary<long, int> histogram)
    {
        if (histogram.Count == 0)
        {
            return null;
        }

        double Convert(long key) => unit is null ? key / ValueResolution : Math.Round(unit.ToUnit(key / ValueResolution), 6);
        var total = histogram.Values.Sum();
        double sum = 0;
        foreach (var (key, count) in histogram)
        {
            sum += Convert(key) * count;
        }

        var half = (total + 1) / 2;
        var running = 0;
        var median = 0.0;
        foreach (var (key, count) in histogram)
        {
            running += count;
            if (running >= half)
            {
                median = Convert(key);
                break;
            }
        }

        return new AgreedValueDistribution(
            sum / total,
            median,
            Mode(unit, histogram),
            Convert(histogram.Keys.First()),
            Convert(histogram.Keys.Last()),
            [.. histogram.Select(h => new HistogramBin(Convert(h.Key), h.Value))]);
    }

    /// <summary>
    /// The most common value, counted in bins of <see cref="ModeBinWidth"/> scale points (the
    /// mediator's rounding step), so that values spread by sampling still show where they cluster;
    /// ties go to the lower bin.
    /// </summary>
    private static double Mode(IssueUnit? unit, SortedDictionary<long, int> histogram)
    {
        var bins = new SortedDictionary<long, int>();
        foreach (var (key, count) in histogram)
        {
            var bin = (long)Math.Round(key / ValueResolution / ModeBinWidth, MidpointRounding.AwayFromZero);
            bins[bin] = bins.GetValueOrDefault(bin) + count;
        }

        var best = bins.OrderByDescending(b => b.Value).ThenBy(b => b.Key).First().Key;
        var scale = best * ModeBinWidth;
        return unit is null ? scale : Math.Round(unit.ToUnit(scale), 6);
    }

    private static SortedDictionary<int, (double Min, double Max)> Ranges(Blocker blocker, string template)
    {
        var ranges = new SortedDictionary<int, (double Min, double Max)>();
        foreach (var parameter in BlockerText.Parameters(template))
        {
            var value = blocker.ValueOf(parameter);
            ranges[parameter] = (value, value);
        }

        return ranges;
    }

    private static SortedDictionary<int, (double Min, double Max)> Ranges(BlockerFigure[]? figures)
    {
        var ranges = new SortedDictionary<int, (double Min, double Max)>();
        foreach (var figure in figures ?? [])
        {
            ranges[figure.Parameter] = (figure.Value, figure.Value);
        }

        return ranges;
    }

    /// <param name="Explanation">The <see cref="BlockerText"/> template of the lowest-numbered run.</param>
    private readonly record struct BlockerTally(int Count, int FirstRun, string Explanation, SortedDictionary<int, (double Min, double Max)> Ranges);
}
