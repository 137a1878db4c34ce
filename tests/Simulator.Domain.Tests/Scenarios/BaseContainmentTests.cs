using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>A `base:` on the command line resolves only inside the folder tree the scenario was loaded from, symbolic links included.</summary>
public sealed class BaseContainmentTests : IDisposable
{
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"sim-outside-{Guid.NewGuid():N}");
    private readonly string _tree = Path.Combine(Path.GetTempPath(), $"sim-tree-{Guid.NewGuid():N}");

    public BaseContainmentTests()
    {
        Directory.CreateDirectory(_outside);
        Directory.CreateDirectory(Path.Combine(_tree, "overlays"));
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), "root_password: hunter2\n");
        File.WriteAllText(Path.Combine(_tree, "base.yaml"), MiniScenario.Text);
    }

    public void Dispose()
    {
        Directory.Delete(_tree, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private string Overlay(string baseName, string folder = "")
    {
        var path = Path.Combine(_tree, folder, "over.yaml");
        File.WriteAllText(path, $"title: Changed\nbase: \"{baseName}\"\n");
        return path;
    }

    [Fact]
    public void BaseBesideOrBelowTheFileLoads()
    {
        Assert.Equal("Changed", ScenarioLoader.Load(Overlay("base.yaml")).Title);
    }

    [Fact]
    public void BaseOutsideTheFolderTreeIsRefusedWithoutReadingIt()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Overlay(Path.Combine(_outside, "secret.yaml"))));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("lies outside", error.Message, StringComparison.Ordinal);
        Assert.Contains("--base-root", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DotDotOutOfTheTreeIsRefused()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Overlay("../base.yaml", "overlays")));

        Assert.Contains("lies outside", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseRootFlagWidensTheTree()
    {
        var overlay = Overlay("../base.yaml", "overlays");

        Assert.Equal("Changed", ScenarioLoader.Load(overlay, baseRoot: _tree).Title);
    }

    [Fact]
    public void SymlinkedBaseFileThatLeadsOutsideIsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(_tree, "innocent.yaml"), Path.Combine(_outside, "secret.yaml"));

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Overlay("innocent.yaml")));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("lies outside", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkedFolderThatLeadsOutsideIsRefused()
    {
        Directory.CreateSymbolicLink(Path.Combine(_tree, "shared"), _outside);

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Overlay("shared/secret.yaml")));

        Assert.Contains("lies outside", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkInsideTheTreeIsFollowed()
    {
        File.CreateSymbolicLink(Path.Combine(_tree, "overlays", "alias.yaml"), Path.Combine(_tree, "base.yaml"));

        Assert.Equal("Changed", ScenarioLoader.Load(Overlay("overlays/alias.yaml")).Title);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("notes.txt")]
    public void BaseThatIsNotAYamlFileIsRefused(string baseName)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Overlay(baseName)));

        Assert.Contains("is not a .yaml file", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NulInABaseNameIsAnErrorAtItsLine()
    {
        var path = Path.Combine(_tree, "over.yaml");
        File.WriteAllText(path, "title: Changed\nbase: \"a\\0b.yaml\"\n");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.Contains("\\u0000", error.Message, StringComparison.Ordinal);
    }
}
