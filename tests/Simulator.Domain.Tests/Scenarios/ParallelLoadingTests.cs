using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

public sealed class ParallelLoadingTests
{
    [Fact]
    public void Loading_in_parallel_reports_the_same_errors_as_loading_alone()
    {
        // Grains and test runners load scenarios concurrently; schema checking must not race.
        const string bad = "id: x\ntitle: X\nissues: {}\nparties:\n  rusia:\n    capability: 30\n";
        var alone = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(bad, "bad.yaml")).Errors.Select(e => e.ToString()).ToList();
        var messages = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(bad, "bad.yaml")).Errors.Select(e => e.ToString());
            messages.Add(string.Join('\n', errors));
        });
        Assert.All(messages, m => Assert.Equal(string.Join('\n', alone), m));
        Parallel.For(0, 16, _ => Assert.NotNull(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"))));
    }
}
