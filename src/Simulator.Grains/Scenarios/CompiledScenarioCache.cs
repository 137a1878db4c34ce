using System.Collections.Concurrent;
using Simulator.Domain.Engine;

namespace Simulator.Grains.Scenarios;

/// <summary>
/// Compiles each scenario snapshot once per silo, keyed by its content hash, so every batch of an
/// experiment after the first finds its scenario ready. Holds a handful of scenarios: an experiment
/// uses one, a sweep a few at a time.
/// </summary>
public sealed class CompiledScenarioCache(IScenarioSnapshotCompiler compiler)
{
    private const int Capacity = 32;
    private readonly ConcurrentDictionary<string, Lazy<CompiledScenario>> _byHash = new(StringComparer.Ordinal);

    public CompiledScenario Get(string hash, string snapshot)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!_byHash.ContainsKey(hash) && _byHash.Count >= Capacity)
        {
            // Simple and safe: a sweep past the capacity recompiles, nothing is ever wrong.
            _byHash.Clear();
        }

        var entry = _byHash.GetOrAdd(hash, _ => new Lazy<CompiledScenario>(() => compiler.Compile(snapshot)));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A snapshot that failed to compile must not stay cached as a failure.
            _byHash.TryRemove(new KeyValuePair<string, Lazy<CompiledScenario>>(hash, entry));
            throw;
        }
    }
}
