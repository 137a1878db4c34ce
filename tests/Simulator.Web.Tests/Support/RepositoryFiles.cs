namespace Simulator.Web.Tests.Support;

/// <summary>Finds repository files from the test's bin folder by walking up to the folder holding Simulator.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

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
