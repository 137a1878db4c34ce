namespace Simulator.Domain.Tests;

/// <summary>
/// Pinned outputs under <c>tests/Simulator.Domain.Tests/Golden</c>, read from the source tree. With
/// <c>SIM_UPDATE_GOLDEN=1</c> a golden test writes what the code produces now instead of comparing, so
/// <c>tests/update-golden.sh</c> can regenerate every file and show the change as a git diff.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "SIM_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string PathOf(string name) => RepositoryFiles.PathOf("tests/Simulator.Domain.Tests/Golden/" + name);

    /// <summary>The pinned text of <paramref name="name"/>; when updating, <paramref name="actual"/> is written first.</summary>
    public static string Expected(string name, string actual)
    {
        var path = PathOf(name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing: run tests/update-golden.sh to create it");
        return File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
