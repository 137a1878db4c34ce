using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Overlays on a base: merge semantics, errors pointing into the right file, cycles.</summary>
public sealed class OverlayTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sim-overlay-{Guid.NewGuid():N}");

    public OverlayTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void OverlayMergesMappingsReplacesScalarsAndNullDeletes()
    {
        Write("base.yaml", MiniScenario.Text);
        var overlay = Write("over.yaml", """
            base: base.yaml
            title: Changed
            parties:
              russia:
                linkages:
                  ceasefire_needs_withdrawal: null
                stances:
                  territory: {position: 90}
            """);

        var scenario = ScenarioLoader.Load(overlay);

        Assert.Equal("Changed", scenario.Title);
        Assert.Equal("mini", scenario.Id);
        Assert.Empty(scenario.Party("russia").Linkages);
        var territory = scenario.Party("russia").StanceOn("territory")!;
        Assert.Equal(90, territory.Position.Value);
        Assert.Equal(0.6, territory.Salience.Value);
        Assert.Equal(70, territory.RedLine!.Min!.Value);
    }

    [Fact]
    public void ErrorInTheOverlayPointsIntoTheOverlay()
    {
        Write("base.yaml", MiniScenario.Text);
        var overlay = Write("over.yaml", "base: base.yaml\nprotocol:\n  mediator: turkye\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(overlay));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith("over.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void ErrorLeftInTheBasePointsIntoTheBase()
    {
        Write("base.yaml", MiniScenario.With("runs: 100", "runs: 0"));
        var overlay = Write("over.yaml", "base: base.yaml\ntitle: Changed\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(overlay));

        var error = Assert.Single(ex.Errors);
        Assert.EndsWith("base.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(MiniScenario.LineOf(MiniScenario.Text, "runs: 100"), error.Line);
    }

    [Fact]
    public void MisspeltIdInAnOverlaySuggestsTheExistingOne()
    {
        Write("base.yaml", MiniScenario.Text);
        var overlay = Write("over.yaml", "base: base.yaml\nparties:\n  rusia:\n    capability: 30\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(overlay));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("parties.rusia: missing required key(s) 'name','role'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'russia'?", error.Hint, StringComparison.Ordinal);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.EndsWith("over.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseCycleIsAnError()
    {
        Write("a.yaml", "base: b.yaml\ntitle: A\n");
        var b = Write("b.yaml", "base: a.yaml\ntitle: B\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(b));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("base cycle", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("a.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.Equal(7, error.Column);
    }

    [Fact]
    public void SelfReferenceIsACycle()
    {
        var self = Write("self.yaml", "base: self.yaml\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(self));

        Assert.Contains("base cycle", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBaseFileIsAnErrorAtTheBaseLine()
    {
        var overlay = Write("over.yaml", "# comment\nbase: nowhere.yaml\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(overlay));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("base file not found", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("over.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void MissingFileIsAScenarioError()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Path.Combine(_directory, "absent.yaml")));

        Assert.Contains("file not found", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedOverlayHasNoBaseAndLoadsToTheSameScenario()
    {
        Write("base.yaml", MiniScenario.Text);
        var overlay = Write("over.yaml", "base: base.yaml\nprotocol:\n  packaging: all-or-nothing\n");

        var yaml = ScenarioLoader.ResolveToYaml(overlay, ["parties.russia.stances.territory.position=95"]);
        var reloaded = ScenarioLoader.LoadText(yaml, "resolved");

        Assert.DoesNotContain("base:", yaml, StringComparison.Ordinal);
        Assert.Equal(Simulator.Domain.Scenarios.Packaging.AllOrNothing, reloaded.Protocol.Packaging);
        Assert.Equal(95, reloaded.Party("russia").StanceOn("territory")!.Position.Value);
        Assert.Empty(DeepEquality.Differences(ScenarioLoader.Load(overlay, ["parties.russia.stances.territory.position=95"]), reloaded, "SourceFile"));
    }
}
