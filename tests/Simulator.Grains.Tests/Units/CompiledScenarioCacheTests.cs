using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Grains.Scenarios;
using Simulator.Grains.Tests.Support;

namespace Simulator.Grains.Tests.Units;

public sealed class CompiledScenarioCacheTests
{
    [Fact]
    public void The_snapshot_hash_is_sha256_hex_and_stable()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SnapshotHash.Of("abc"));
    }

    [Fact]
    public void A_snapshot_is_compiled_once_however_often_it_is_asked_for()
    {
        var compiler = new CountingCompiler();
        var cache = new CompiledScenarioCache(compiler);
        var snapshot = TestSnapshots.Istanbul;
        var hash = SnapshotHash.Of(snapshot);

        var first = cache.Get(hash, snapshot);
        var second = cache.Get(hash, snapshot);

        Assert.Same(first, second);
        Assert.Equal(1, compiler.Calls);
    }

    [Fact]
    public void A_snapshot_that_fails_to_compile_is_not_cached_as_a_failure()
    {
        var compiler = new CountingCompiler();
        var cache = new CompiledScenarioCache(compiler);

        Assert.ThrowsAny<Exception>(() => cache.Get("h", "id: broken"));
        Assert.ThrowsAny<Exception>(() => cache.Get("h", "id: broken"));

        Assert.Equal(2, compiler.Calls);
    }

    [Fact]
    public void A_scenario_the_caller_compiled_is_served_for_its_snapshot_and_overrides_without_compiling_again()
    {
        var compiler = new CountingCompiler();
        var cache = new CompiledScenarioCache(compiler);
        var snapshot = TestSnapshots.Istanbul;
        var hash = SnapshotHash.Of(snapshot);
        var callers = new YamlScenarioSnapshotCompiler().Compile(snapshot);
        ParameterOverrideDto[] overrides = [new("parties.russia.stances.territory.salience", 0.6)];

        cache.Add(hash, overrides, callers);

        Assert.Same(callers, cache.Get(hash, snapshot, overrides));
        Assert.Equal(0, compiler.Calls);

        // Without those overrides it is another scenario: compiled from the snapshot as before.
        Assert.NotSame(callers, cache.Get(hash, snapshot));
        Assert.Equal(1, compiler.Calls);
    }

    private sealed class CountingCompiler : IScenarioSnapshotCompiler
    {
        private readonly YamlScenarioSnapshotCompiler _inner = new();

        public int Calls { get; private set; }

        public CompiledScenario Compile(string snapshot)
        {
            Calls++;
            return _inner.Compile(snapshot);
        }
    }
}
