namespace Simulator.Cli.Output;

/// <summary>Writes the analyst commands' files (atomically, like `sim run --out`) into a folder it creates.</summary>
internal static class AnalystFiles
{
    public static void Write(string directory, IEnumerable<(string Name, string Text)> texts, IEnumerable<(string Name, byte[] Bytes)> images)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(images);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"cannot create output folder '{directory}': {ex.Message}", ex);
        }

        foreach (var (name, text) in texts)
        {
            ResultFiles.WriteAtomically(Path.Combine(directory, name), text);
        }

        foreach (var (name, bytes) in images)
        {
            WriteBytesAtomically(Path.Combine(directory, name), bytes);
        }
    }

    public static void WriteBytesAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            File.Delete(temp);
            throw new UserInputException($"cannot write '{path}': {ex.Message}", ex);
        }
    }
}
