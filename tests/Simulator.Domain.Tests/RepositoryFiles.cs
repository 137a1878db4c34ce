namespace Simulator.Domain.Tests;

/// <summary>Finds repository files from the test's bin folder by walking up to the folder holding Simulator.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every shipped single scenario (series files, which hold rounds, are left out).</summary>
    public static IEnumerable<string> ShippedScenarios() =>
        Directory.GetFiles(PathOf("scenarios"), "*.yaml").Concat(Directory.GetFiles(PathOf("seeds"), "*.yaml"))
            .Where(f => !Simulator.Domain.Series.SeriesLoader.IsSeries(f))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 12 && directory is not null; i++, directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
