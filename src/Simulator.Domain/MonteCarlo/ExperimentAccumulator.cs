using Simulator.Domain.Engine;

namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// Collects run summaries into counts that do not depend on the order runs arrive in (integer
/// counts and histograms keyed by value to 0.01), so any split into batches merges to the
/// byte-identical result.
/// </summary>
public sealed partial class ExperimentAccumulator
{
    private const double ValueResolution = 100;

    /// <summary>Width, in scale points, of the bins the most common agreed value is counted in.</summary>
    public const double ModeBinWidth = 5;
    private readonly CompiledScenario _scenario;
    private readonly long[] _agreed;
    private readonly SortedDictionary<long, int>[] _histograms;
    private readonly Dictionary<string, BlockerTally>[] _blockers;

    // Per agenda issue, the tally each blocker key id counts towards, so a run's blockers are
    // counted without rendering their keys; and scratch space for the parameters a blocker names.
    private readonly Dictionary<BlockerKeyId, BlockerTally>[] _tallyByKeyId;
    private readonly List<int> _parameters = [];
    private readonly bool[] _agreedScratch;

    // Per agenda issue, the key id and tally of the last blocker counted from a session.
    private readonly BlockerKeyId[] _lastKeyId;
    private readonly BlockerTally?[] _lastTally;
    private readonly Dictionary<string, int> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, string> _patternKeys = [];
    private readonly Dictionary<EndReason, int> _endReasons = [];

    // What runs added since the counts above were last read, in cheaper structures (hashed, not
    // sorted; patterns by their mask of agreed issues, not their text; end reasons by value):
    // integer counts, so folding them in later gives the same counts as adding each run there.
    private readonly Dictionary<long, int>[] _pendingHistograms;
    private readonly Dictionary<ulong, int> _pendingPatterns = [];
    private readonly int[] _pendingEndReasons = new int[Enum.GetValues<EndReason>().Max(r => (int)r) + 1];
    private long _roundsSum;
    private long _milliMinutesSum;

    public ExperimentAccumulator(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        var n = scenario.Agenda.Length;
        _agreed = new long[n];
        _histograms = [.. Enumerable.Range(0, n).Select(_ => new SortedDictionary<long, int>())];
        _pendingHistograms = [.. Enumerable.Range(0, n).Select(_ => new Dictionary<long, int>())];
        _agreedScratch = new bool[n];
        _lastKeyId = new BlockerKeyId[n];
        _lastTally = new BlockerTally?[n];
        _blockers = [.. Enumerable.Range(0, n).Select(_ => new Dictionary<string, BlockerTally>(StringComparer.Ordinal))];
        _tallyByKeyId = [.. Enumerable.Range(0, n).Select(_ => new Dictionary<BlockerKeyId, BlockerTally>())];
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
                var tally = TallyFor(_blockers[k], blocker);
                tally.Count++;
                tally.Represent(run.RunIndex, run.BlockerExplanations[k] ?? blocker);
                foreach (var figure in run.BlockerFigures?[k] ?? [])
                {
                    tally.Widen(figure.Parameter, figure.Value, figure.Value);
                }
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
                // Counted by key id: a key's text is rendered once per distinct id, the template only
                // when this run is the lowest-numbered the blocker stopped, and the parameters it
                // names (whose sampled ranges the reason quotes) are found without rendering it.
                var id = blocker.KeyId;
                if (!_tallyByKeyId[k].TryGetValue(id, out var tally))
                {
                    tally = TallyFor(_blockers[k], blocker.Key);
                    _tallyByKeyId[k][id] = tally;
                }

                tally.Count++;
                if (runIndex < tally.FirstRun)
                {
                    tally.Represent(runIndex, blocker.Template);
                }

                _parameters.Clear();
                blocker.CollectParameters(_parameters);
                foreach (var parameter in _parameters)
                {
                    var value = blocker.ValueOf(parameter);
                    tally.Widen(parameter, value, value);
                }
            }
        }

        CountPattern(agreedMask, null, result);
    }

    /// <summary>
    /// The same as adding <paramref name="session"/>'s <see cref="MediatedSession.Result"/> (see
    /// <see cref="Add(int, NegotiationResult)"/>), read from the finished session: blockers stay notes,
    /// and a note becomes text only for a new key or a lower-numbered example.
    /// </summary>
    internal void Add(int runIndex, MediatedSession session)
    {
        CountRun(session.RoundsPlayed, session.Minute, session.FinalReason);
        var agreedMask = 0UL;
        var values = session.RunValues;
        var agreed = _agreedScratch;
        for (var k = 0; k < agreed.Length; k++)
        {
            agreed[k] = session.OutcomeOf(k, out var value, out var note);
            if (agreed[k])
            {
                CountAgreed(k, value, ref agreedMask);
                continue;
            }

            var id = note.Recipe.KeyId;
            var withValues = note.WithValues ? values : null;
            BlockerTally? tally;
            if (_lastTally[k] is { } last && id.Equals(_lastKeyId[k]))
            {
                // The same blocker as this issue's last: most runs fail an issue for the reason the one before did.
                tally = last;
            }
            else
            {
                if (!_tallyByKeyId[k].TryGetValue(id, out tally))
                {
                    tally = TallyFor(_blockers[k], Blockers.RenderKey(_scenario, note.Recipe));
                    _tallyByKeyId[k][id] = tally;
                }

                _lastKeyId[k] = id;
                _lastTally[k] = tally;
            }

            tally.Count++;
            if (runIndex < tally.FirstRun)
            {
                tally.Represent(runIndex, Blockers.RenderTemplate(_scenario, note.Recipe, withValues!));
            }

            _parameters.Clear();
            Blockers.CollectParameters(_scenario, note.Recipe, withValues!, _parameters);
            foreach (var parameter in _parameters)
            {
                var drawn = withValues is null ? double.NaN : withValues[parameter];
                tally.Widen(parameter, drawn, drawn);
            }
        }

        CountPattern(agreedMask, agreed, null);
    }

    public void Merge(ExperimentAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        FoldPending();
        other.FoldPending();
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
                var mine = TallyFor(_blockers[k], key);
                mine.Count += tally.Count;
                mine.Represent(tally.FirstRun, tally.Explanation);
                foreach (var (parameter, (min, max)) in tally.Ranges)
                {
                    mine.Widen(parameter, min, max);
                }
            }
        }
    }

    public ExperimentResult ToResult(ulong seed)
    {
        FoldPending();
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
                .Select(b => new BlockerResult(issue.Id, b.Key, b.Value.Count, failed > 0 ? (double)b.Value.Count / failed : 0, Engine.BlockerText.FillAggregate(b.Value.Explanation, baseValues, b.Value.Ranges)))
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
        if ((uint)endReason < (uint)_pendingEndReasons.Length)
        {
            _pendingEndReasons[(int)endReason]++;
        }
        else
        {
            _endReasons[endReason] = _endReasons.GetValueOrDefault(endReason) + 1;
        }
    }

    /// <summary>Folds what runs added into the pending structures into the counts that are read.</summary>
    private void FoldPending()
    {
        for (var r = 0; r < _pendingEndReasons.Length; r++)
        {
            if (_pendingEndReasons[r] > 0)
            {
                var reason = (EndReason)r;
                _endReasons[reason] = _endReasons.GetValueOrDefault(reason) + _pendingEndReasons[r];
                _pendingEndReasons[r] = 0;
            }
        }

        for (var k = 0; k < _pendingHistograms.Length; k++)
        {
            foreach (var (key, count) in _pendingHistograms[k])
            {
                _histograms[k][key] = _histograms[k].GetValueOrDefault(key) + count;
            }

            _pendingHistograms[k].Clear();
        }

        foreach (var (mask, count) in _pendingPatterns)
        {
            var patternKey = _patternKeys[mask];
            _patterns[patternKey] = _patterns.GetValueOrDefault(patternKey) + count;
        }

        _pendingPatterns.Clear();
    }

    private void CountAgreed(int k, double value, ref ulong agreedMask)
    {
        _agreed[k]++;
        var key = (long)Math.Round(value * ValueResolution);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pendingHistograms[k], key, out _)++;
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
        if (n <= 64 && _patternKeys.ContainsKey(agreedMask))
        {
            // Counted by mask; FoldPending counts it under its text.
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pendingPatterns, agreedMask, out _)++;
            return;
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

    private static BlockerTally TallyFor(Dictionary<string, BlockerTally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new BlockerTally();
            tallies[key] = tally;
        }

        return tally;
    }

    private static ObservedResult Observed(Scenarios.ObservedIssueOutcome observed, Scenarios.IssueUnit? unit)
    {
        double? InUnit(double? v) => v is { } x && unit is { } u ? u.ToUnit(x) : v;
        // A unit may run backwards (atHundred below atZero): the range's ends are ordered in the unit.
        var (a, b) = (InUnit(observed.Range?.Min), InUnit(observed.Range?.Max));
        return new ObservedResult(
            observed.Agreed,
            InUnit(observed.Value),
            observed.Grade is { } g ? Scenarios.ObservedGrades.Name(g) : null,
            a is { } x1 && b is { } y1 ? Math.Min(x1, y1) : null,
            a is { } x2 && b is { } y2 ? Math.Max(x2, y2) : null,
            observed.Round,
            observed.Minute);
    }

    private static AgreedValueDistribution? Distribution(Scenarios.IssueUnit? unit, SortedDictionary<long, int> histogram)
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
    private static double Mode(Scenarios.IssueUnit? unit, SortedDictionary<long, int> histogram)
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

    /// <summary>
    /// One blocker key's count, the <see cref="Engine.BlockerText"/> template of the lowest-numbered
    /// run it stopped, and each named parameter's range over those runs; min, max and lowest run do
    /// not depend on the order runs arrive in.
    /// </summary>
    private sealed class BlockerTally
    {
        public int Count { get; set; }

        public int FirstRun { get; private set; } = int.MaxValue;

        public string Explanation { get; private set; } = string.Empty;

        /// <summary>Per parameter, the lowest and highest value seen (Math.Min and Math.Max do not depend on the order values come in).</summary>
        public Dictionary<int, (double Min, double Max)> Ranges { get; } = [];

        /// <summary>Takes <paramref name="explanation"/> as the example when <paramref name="run"/> comes before the current one.</summary>
        public void Represent(int run, string explanation)
        {
            if (run < FirstRun)
            {
                FirstRun = run;
                Explanation = explanation;
            }
        }

        public void Widen(int parameter, double min, double max)
        {
            ref var range = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Ranges, parameter, out var exists);
            range = exists ? (Math.Min(range.Min, min), Math.Max(range.Max, max)) : (min, max);
        }
    }
}
