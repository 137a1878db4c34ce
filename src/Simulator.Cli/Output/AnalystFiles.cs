namespace Simulator.Cli.Output;

/// <summary>Writes the analyst commands' files into a folder it creates and holds while writing (like `sim run --out`).</summary>
internal static class AnalystFiles
{
    public static void Write(string directory, IEnumerable<(string Name, string Text)> texts, IEnumerable<(string Name, byte[] Bytes)> images)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(images);
        using var folder = OutputFolder.Open(directory);
        foreach (var (name, text) in texts)
        {
            folder.WriteText(name, text);
        }

        foreach (var (name, bytes) in images)
        {
            folder.WriteBytes(name, bytes);
        }
    }
}
