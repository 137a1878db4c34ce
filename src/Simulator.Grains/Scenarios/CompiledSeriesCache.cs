using System.Collections.Concurrent;
using Simulator.Domain.Series;

namespace Simulator.Grains.Scenarios;

/// <summary>
/// Compiles each series snapshot once per silo, keyed by its content hash, so every batch of a
/// series experiment after the first finds its rounds compiled. Bounded like the scenario cache.
/// </summary>
public sealed class CompiledSeriesCache
{
    private const int Capacity = 32;
    private readonly ConcurrentDictionary<string, Lazy<CompiledSeries>> _byHash = new(StringComparer.Ordinal);

    public CompiledSeries Get(string hash, string snapshot)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!_byHash.ContainsKey(hash) && _byHash.Count >= Capacity)
        {
            _byHash.Clear();
        }

        var entry = _byHash.GetOrAdd(hash, _ => new Lazy<CompiledSeries>(() => CompiledSeries.Compile(SeriesSnapshot.Load(snapshot))));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A snapshot that failed to compile must not stay cached as a failure.
            _byHash.TryRemove(new KeyValuePair<string, Lazy<CompiledSeries>>(hash, entry));
            throw;
        }
    }
}
