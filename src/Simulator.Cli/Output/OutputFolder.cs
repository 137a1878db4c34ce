namespace Simulator.Cli.Output;

/// <summary>Creates the folder an output file goes into, as `run --out DIR` does for its folder.</summary>
internal static class OutputFolder
{
    public static void EnsureFor(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"--out {file}: cannot create the folder '{folder}': {ex.Message}", ex);
        }
    }
}
