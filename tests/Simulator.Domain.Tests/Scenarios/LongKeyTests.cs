using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Validation and the silo's snapshot compilation accept the same language: what validates also reads back from its resolved YAML.</summary>
public sealed class LongKeyTests
{
    private static readonly SourceMark Here = new("gen", 1, 1);

    [Fact]
    public void KeyLongerThanAnImplicitKeySurvivesEmitAndRead()
    {
        var key = new string('k', 5000);
        var tree = new YMapping(Here, [new YEntry(key, Here, new YMapping(Here, [new YEntry(key, Here, new YScalar(Here, "1", quoted: false))]))]);

        var read = (YMapping)YamlTreeReader.Read(YamlEmitter.Emit(tree), "emitted");

        var inner = Assert.IsType<YMapping>(read[key]);
        Assert.Equal("1", Assert.IsType<YScalar>(inner[key]).Text);
    }

    [Fact]
    public void LongExplicitIdIsRefusedAtValidationWithItsPlaceInTheUsersFile()
    {
        var id = "p" + new string('x', 2000);
        var text = MiniScenario.With("  turkey:\n", $"  ? {id}\n  : {{name: Long, role: patron}}\n  turkey:\n");

        var error = Single(text, "parties.pxxx");

        Assert.Equal("test.yaml", error.File);
        Assert.Equal(MiniScenario.LineOf(text, "? p"), error.Line);
        Assert.Contains("64", error.Message + error.Hint, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, "the error quotes the whole key");
    }

    [Fact]
    public void EveryIdThatValidatesAlsoCompilesFromItsResolvedYaml()
    {
        var id = "p" + new string('x', 63);
        var text = MiniScenario.With("  turkey:\n", $"  ? {id}\n  : {{name: Long, role: patron}}\n  turkey:\n");

        var scenario = ScenarioLoader.LoadText(text, "test.yaml");
        var resolved = ScenarioLoader.LoadUploaded(text, "test.yaml", new Dictionary<string, string>());

        Assert.Contains(scenario.Parties, p => p.Id == id);
        Assert.Contains(ScenarioLoader.LoadText(resolved.Yaml, "scenario snapshot").Parties, p => p.Id == id);
    }
}
