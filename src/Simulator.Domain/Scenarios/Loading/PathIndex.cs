using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Where each dotted path of a loaded scenario sits in its files, so semantic errors found on the
/// C# model can still be reported at file:line:column.
/// </summary>
internal sealed class PathIndex
{
    private readonly Dictionary<string, NodeAt> _nodes = new(StringComparer.Ordinal);
    private readonly SourceMark _fallback;
    private readonly IReadOnlyDictionary<string, SourceMark>? _overrides;

    public PathIndex(YNode root)
    {
        _fallback = root.Mark;
        Walk(root, "", null, 0);
    }

    private PathIndex(IReadOnlyDictionary<string, SourceMark> marks, SourceMark fallback)
    {
        _fallback = fallback;
        _overrides = marks;
    }

    /// <summary>
    /// An index for checking parameter overrides: an overridden path (or anything under it) is at its
    /// override's mark, every other path at <paramref name="fallback"/> (the scenario itself was valid).
    /// </summary>
    public static PathIndex ForOverrides(IReadOnlyDictionary<string, SourceMark> marks, SourceMark fallback) => new(marks, fallback);

    /// <summary>The position of the value at <paramref name="path"/> (a parameter's number, not its mapping).</summary>
    public SourceMark ValueAt(string path)
    {
        if (!_nodes.TryGetValue(path, out var at))
        {
            return NearestAncestor(path);
        }

        return at.Node is YMapping map && map["value"] is { } value ? value.Mark : at.Node.Mark;
    }

    /// <summary>The position of the key that introduces <paramref name="path"/> (for "unknown id" errors).</summary>
    public SourceMark KeyAt(string path) =>
        _nodes.TryGetValue(path, out var at) ? at.KeyMark ?? at.Node.Mark : NearestAncestor(path);

    public bool Contains(string path) => _nodes.ContainsKey(path);

    /// <summary>The node at <paramref name="path"/>, or null when the path is not in the files (or this index is for overrides).</summary>
    public YNode? NodeAt(string path) => _nodes.TryGetValue(path, out var at) ? at.Node : null;

    private SourceMark NearestAncestor(string path)
    {
        if (_overrides is not null)
        {
            foreach (var (overridden, mark) in _overrides)
            {
                if (path == overridden || path.StartsWith(overridden + ".", StringComparison.Ordinal))
                {
                    return mark;
                }
            }

            return _fallback;
        }

        for (var cut = path.LastIndexOf('.'); cut > 0; cut = path.LastIndexOf('.', cut - 1))
        {
            if (_nodes.TryGetValue(path[..cut], out var at))
            {
                return at.KeyMark ?? at.Node.Mark;
            }
        }

        return _fallback;
    }

    private void Walk(YNode node, string path, SourceMark? keyMark, int depth)
    {
        if (depth > YamlLimits.MaxDepth)
        {
            return;
        }

        _nodes[path] = new NodeAt(node, keyMark);
        var prefix = path.Length == 0 ? "" : path + ".";
        switch (node)
        {
            case YMapping map:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Value, prefix + entry.Key, entry.KeyMark, depth + 1);
                }

                break;
            case YSequence seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    Walk(seq.Items[i], prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, depth + 1);
                }

                break;
        }
    }
}
