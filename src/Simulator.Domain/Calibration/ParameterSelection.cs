using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Calibration;

/// <summary>
/// Which uncertain parameters a calibration reports: all of them, or those named by `--params`
/// (an exact path, or a prefix ending in `*`, e.g. `parties.russia.*`).
/// </summary>
public static class ParameterSelection
{
    public static IReadOnlyList<CalibratedParameter> Select(IReadOnlyList<CalibratedParameter> candidates, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Count == 0)
        {
            return candidates;
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var matches = candidates.Where(c => Matches(c.Path, pattern)).ToList();
            if (matches.Count == 0)
            {
                var known = candidates.Select(c => c.Path).ToList();
                var hint = DidYouMean.Closest(pattern, known) is { } close
                    ? $"did you mean '{close}'?"
                    : "`sim sensitivity FILE` lists them; a prefix ending in * selects a group, e.g. parties.russia.*";
                throw new AnalysisInputException($"--params '{pattern}' names no uncertain parameter (only parameters with an uncertainty range can be calibrated); {hint}");
            }

            chosen.UnionWith(matches.Select(m => m.Path));
        }

        return [.. candidates.Where(c => chosen.Contains(c.Path))];
    }

    private static bool Matches(string path, string pattern) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
