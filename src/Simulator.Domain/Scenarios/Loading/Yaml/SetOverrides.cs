using System.Globalization;

namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Applies `--set PATH=VALUE` overrides to a merged tree. On a parameter written as a mapping the
/// value is replaced and its provenance kept, and its uncertainty is dropped: `--set` pins the
/// parameter, so every Monte Carlo run uses exactly that value (an analyst's "what if it were X").
/// Paths must exist: a typo is an error, not a new key. The loader applies every set here first (so
/// typos and wrong types are reported at the --set), then sends sets of numeric parameters through
/// <see cref="Overrides.ParameterOverrides"/>, the path sweeps and sensitivity share.
/// </summary>
internal static class SetOverrides
{
    public const string SourceName = "--set";

    /// <param name="sets">Each set with its position on the command line (1-based), which errors name.</param>
    public static YNode Apply(YNode root, IReadOnlyList<(int Position, string Set)> sets, List<ScenarioError> errors)
    {
        foreach (var (position, set) in sets)
        {
            var mark = new SourceMark(SourceName, position, 1);
            var equals = set.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(mark.Error($"'{set}' is not PATH=VALUE", "write e.g. --set parties.russia.stances.territory.salience=0.6"));
                continue;
            }

            var path = set[..equals].Trim();
            var value = set[(equals + 1)..].Trim();
            var replacement = new YScalar(mark, value, quoted: false);
            var segments = path.Split('.');
            var updated = Replace(root, segments, 0, replacement, path, mark, errors);
            if (updated is not null)
            {
                root = updated;
            }
        }

        return root;
    }

    private static YNode? Replace(YNode node, string[] segments, int index, YScalar replacement, string path, SourceMark mark, List<ScenarioError> errors)
    {
        var here = string.Join('.', segments.Take(index));
        if (index == segments.Length)
        {
            switch (node)
            {
                case YScalar:
                    return replacement;
                case YMapping map when map.Find("value") is { } valueEntry:
                    return new YMapping(map.Mark, [.. map.Entries
                        .Where(e => e.Key != "uncertainty")
                        .Select(e => ReferenceEquals(e, valueEntry) ? e with { Value = replacement } : e)]);
                case YMapping map:
                    errors.Add(mark.Error($"--set {path}: '{path}' is a mapping, not a single value", $"set one of its keys: {string.Join(", ", map.Entries.Select(e => $"{path}.{e.Key}"))}"));
                    return null;
                default:
                    errors.Add(mark.Error($"--set {path}: '{path}' is a list, not a single value", $"set one item by its index, e.g. {path}.0"));
                    return null;
            }
        }

        var segment = segments[index];
        switch (node)
        {
            case YMapping map:
                var entry = map.Find(segment);
                if (entry is null)
                {
                    var known = map.Entries.Select(e => e.Key).ToList();
                    var parent = here.Length == 0 ? "the scenario" : $"'{here}'";
                    errors.Add(mark.Error($"--set {path}: unknown path: there is no '{segment}' in {parent}", DidYouMean.Hint(segment, known, "keys")));
                    return null;
                }

                var child = Replace(entry.Value, segments, index + 1, replacement, path, mark, errors);
                return child is null ? null : new YMapping(map.Mark, [.. map.Entries.Select(e => ReferenceEquals(e, entry) ? e with { Value = child } : e)]);
            case YSequence seq:
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position >= seq.Items.Count)
                {
                    errors.Add(mark.Error($"--set {path}: unknown path: '{here}' is a list of {seq.Items.Count} and '{segment}' is not an index in it", $"use an index from 0 to {seq.Items.Count - 1}"));
                    return null;
                }

                var item = Replace(seq.Items[position], segments, index + 1, replacement, path, mark, errors);
                return item is null ? null : new YSequence(seq.Mark, [.. seq.Items.Select((x, k) => k == position ? item : x)]);
            default:
                errors.Add(mark.Error($"--set {path}: unknown path: '{here}' is a single value and has no '{segment}'", $"set '{here}' itself"));
                return null;
        }
    }
}
