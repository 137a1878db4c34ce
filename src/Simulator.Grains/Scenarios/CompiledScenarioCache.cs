using System.Collections.Concurrent;
using System.Globalization;
using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Grains.Scenarios;

/// <summary>
/// Compiles each scenario snapshot once per silo, keyed by its content hash, and applies each
/// distinct list of parameter overrides to it once (through the parameter table, no YAML), so every
/// batch of an experiment after the first finds its scenario ready. Holds a bounded number: an
/// experiment uses one, a sweep or a sensitivity analysis one snapshot with many override lists.
/// </summary>
public sealed class CompiledScenarioCache(IScenarioSnapshotCompiler compiler)
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<string, Lazy<CompiledScenario>> _byKey = new(StringComparer.Ordinal);

    public CompiledScenario Get(string hash, string snapshot) => Get(hash, snapshot, []);

    public CompiledScenario Get(string hash, string snapshot, IReadOnlyList<ParameterOverrideDto> overrides)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return Cached(hash, () => compiler.Compile(snapshot));
        }

        var key = hash + string.Concat(overrides.Select(o => string.Create(CultureInfo.InvariantCulture, $"|{o.Path}={o.Value:R}")));
        return Cached(key, () => ParameterOverrides.Apply(
            Get(hash, snapshot, []),
            [.. overrides.Select((o, k) => new ParameterOverride(o.Path, o.Value, "override", k + 1))]));
    }

    private CompiledScenario Cached(string key, Func<CompiledScenario> build)
    {
        if (!_byKey.ContainsKey(key) && _byKey.Count >= Capacity)
        {
            // Simple and safe: past the capacity everything recompiles once, nothing is ever wrong.
            _byKey.Clear();
        }

        var entry = _byKey.GetOrAdd(key, _ => new Lazy<CompiledScenario>(build));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A snapshot that failed to compile must not stay cached as a failure.
            _byKey.TryRemove(new KeyValuePair<string, Lazy<CompiledScenario>>(key, entry));
            throw;
        }
    }
}
