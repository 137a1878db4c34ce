namespace Simulator.Cluster.Tests.Support;

/// <summary>Finds the repository (the folder holding Simulator.sln) and the built programs the tests start.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever this test assembly was built as, so the programs match it.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string SiloDll => Program("Simulator.Silo", "Simulator.Silo.dll");

    public static string SimDll => Program("Simulator.Cli", "sim.dll");

    public static string WebDll => Program("Simulator.Web", "Simulator.Web.dll");

    private static string Program(string project, string dll)
    {
        var path = Path("src", project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution first (dotnet build Simulator.sln)");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var depth = 0; dir is not null && depth < 16; depth++, dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
