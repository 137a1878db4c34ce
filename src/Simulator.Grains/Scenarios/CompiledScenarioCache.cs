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
            return Cached(Key(hash, overrides), () => compiler.Compile(snapshot));
        }

        return Cached(Key(hash, overrides), () => ParameterOverrides.Apply(
            Get(hash, snapshot, []),
            [.. overrides.Select((o, k) => new ParameterOverride(o.Path, o.Value, "override", k + 1))]));
    }

    /// <summary>
    /// Holds <paramref name="compiled"/> as the snapshot with hash <paramref name="hash"/> with
    /// <paramref name="overrides"/> applied. For a silo co-hosted by the process that compiled it
    /// (the embedded silo): the caller loaded and compiled that very snapshot with those overrides,
    /// and the in-process runner uses the same object, so compiling its YAML a second time here, at
    /// the start of the experiment and in the way of its first batch, would only repeat the work.
    /// </summary>
    public void Add(string hash, IReadOnlyList<ParameterOverrideDto> overrides, CompiledScenario compiled)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(compiled);
        var key = Key(hash, overrides);
        if (!_byKey.ContainsKey(key) && _byKey.Count >= Capacity)
        {
            _byKey.Clear();
        }

        _byKey.TryAdd(key, new Lazy<CompiledScenario>(compiled));
    }

    private static string Key(string hash, IReadOnlyList<ParameterOverrideDto> overrides) =>
        overrides.Count == 0
            ? hash
            : hash + string.Concat(overrides.Select(o => string.Create(CultureInfo.InvariantCulture, $"|{o.Path}={o.Value:R}")));

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
