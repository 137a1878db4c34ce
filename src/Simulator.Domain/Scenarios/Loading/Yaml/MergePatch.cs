namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Applies an overlay to a base like JSON Merge Patch (RFC 7386): mappings merge key by key,
/// anything else replaces, and a null value deletes the key. Nodes keep the file they came from,
/// so errors point into the base or the overlay, whichever holds the offending node.
/// </summary>
internal static class MergePatch
{
    public static YNode Apply(YNode target, YNode patch)
    {
        if (patch is not YMapping patchMap)
        {
            return patch;
        }

        if (target is not YMapping targetMap)
        {
            return WithoutNulls(patchMap);
        }

        var entries = new List<YEntry>(targetMap.Entries.Count + patchMap.Entries.Count);
        foreach (var entry in targetMap.Entries)
        {
            var change = patchMap.Find(entry.Key);
            if (change is null)
            {
                entries.Add(entry);
            }
            else if (change.Value is not YScalar { IsNull: true })
            {
                entries.Add(entry with { Value = Apply(entry.Value, change.Value) });
            }
        }

        foreach (var change in patchMap.Entries)
        {
            if (targetMap.Find(change.Key) is null && change.Value is not YScalar { IsNull: true })
            {
                entries.Add(change with { Value = change.Value is YMapping m ? WithoutNulls(m) : change.Value });
            }
        }

        return new YMapping(targetMap.Mark, entries);
    }

    private static YMapping WithoutNulls(YMapping map) =>
        new(map.Mark, [.. map.Entries
            .Where(e => e.Value is not YScalar { IsNull: true })
            .Select(e => e with { Value = e.Value is YMapping m ? WithoutNulls(m) : e.Value })]);
}
