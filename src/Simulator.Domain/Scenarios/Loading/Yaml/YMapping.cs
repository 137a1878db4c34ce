namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>A mapping with string keys, in document order (the order of issues and parties matters).</summary>
internal sealed class YMapping(SourceMark mark, IReadOnlyList<YEntry> entries) : YNode(mark)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public override int Size { get; } = 1 + entries.Sum(e => 1 + e.Value.Size);

    public override int Depth { get; } = 1 + (entries.Count == 0 ? 0 : entries.Max(e => e.Value.Depth));

    public override string KindName => "a mapping";

    public YEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    public YNode? this[string key] => Find(key)?.Value;
}

/// <summary>One key of a mapping, with where the key itself sits (for "unknown id" errors).</summary>
internal sealed record YEntry(string Key, SourceMark KeyMark, YNode Value);
