namespace Simulator.Benchmarks;

/// <summary>Finds files of this repository by walking up from the running assembly to the folder holding Simulator.sln.</summary>
public static class RepositoryFiles
{
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        var cwd = Path.Combine(Directory.GetCurrentDirectory(), relativePath);
        return File.Exists(cwd) ? cwd : throw new FileNotFoundException($"Cannot find {relativePath} above {AppContext.BaseDirectory}; run from the repository.");
    }
}
