namespace Simulator.Cli.Tests.Hardening;

/// <summary>Scenario files for the hardening tests: the seed with one text replaced, written to a fresh folder.</summary>
internal sealed class HostileScenario : IDisposable
{
    public HostileScenario()
    {
        Directory.CreateDirectory(Folder);
        Seed = File.ReadAllText(RepositoryFiles.PathOf("seeds/istanbul-2025-05-16.yaml"));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"sim-hostile-{Guid.NewGuid():N}");

    /// <summary>The seed scenario's text (the baseline without overlays).</summary>
    public string Seed { get; }

    /// <summary>Writes <paramref name="text"/> as <paramref name="name"/> in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The seed with the first <paramref name="find"/> replaced, written to a file.</summary>
    public string SeedWith(string find, string replace, string name = "hostile.yaml")
    {
        var at = Seed.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the seed");
        return Write(name, string.Concat(Seed.AsSpan(0, at), replace, Seed.AsSpan(at + find.Length)));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
