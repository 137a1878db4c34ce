using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// An experiment counts each run's blocker by its recipe and finds the parameters its explanation
/// names (whose sampled ranges the aggregate quotes) without rendering the text, so the recipe's
/// account of those parameters must be exactly what the rendered template holds.
/// </summary>
public sealed class BlockerParametersTests
{
    public static TheoryData<string> Scenarios() => [.. RepositoryFiles.ShippedScenarios().Select(f => Path.GetRelativePath(RepositoryFiles.Root, f))];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_parameters_a_blocker_names_are_those_its_template_holds(string file)
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf(file)));
        var checkedBlockers = 0;
        for (var run = 0; run < 40; run++)
        {
            var result = ExperimentRunner.Explain(scenario, 7, run);
            var values = result.Values ?? [];
            var blockers = result.Issues.Select(o => o.Blocker)
                .Concat((result.Transcript ?? []).SelectMany(r => r.NotTabled.Select(n => n.Blocker)))
                .Concat((result.Transcript ?? []).SelectMany(r => r.Responses).SelectMany(p => p.Objections).Select(o => Blockers.FromObjection(scenario, o, values)))
                .OfType<Blocker>();
            foreach (var blocker in blockers)
            {
                var collected = new List<int>();
                blocker.CollectParameters(collected);
                Assert.Equal(BlockerText.Parameters(blocker.Template).Order(), collected.Distinct().Order());
                checkedBlockers++;
            }
        }

        Assert.True(checkedBlockers > 0, "no blocker was checked");
    }

    [Fact]
    public void Blockers_with_equal_key_ids_have_equal_keys()
    {
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        var keys = new Dictionary<BlockerKeyId, string>();
        for (var run = 0; run < 200; run++)
        {
            foreach (var blocker in ExperimentRunner.Explain(scenario, 3, run).Issues.Select(o => o.Blocker).OfType<Blocker>())
            {
                if (keys.TryGetValue(blocker.KeyId, out var key))
                {
                    Assert.Equal(key, blocker.Key);
                }
                else
                {
                    keys[blocker.KeyId] = blocker.Key;
                }
            }
        }

        Assert.NotEmpty(keys);
    }
}
