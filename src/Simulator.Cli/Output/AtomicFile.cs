using System.Security.Cryptography;
using System.Text;

namespace Simulator.Cli.Output;

/// <summary>
/// The one way `sim` writes an output file: the bytes go to a new temporary file with a random name
/// in the target's folder, created exclusively (so a file or symbolic link planted at that name is
/// never followed or overwritten), flushed, and renamed over the target (so a symbolic link planted
/// at the target is replaced, not followed, and a reader sees the old file or the new one, never half
/// of it). A failure is a message naming the file, never a stack trace.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> as UTF-8 text; <paramref name="check"/> may inspect the temporary file (by path) before it replaces the target.</summary>
    public static void WriteText(string path, string content, Action<string>? check = null) =>
        WriteBytes(path, Utf8.GetBytes(content ?? ""), check);

    /// <summary>Writes <paramref name="bytes"/>; <paramref name="check"/> may inspect the temporary file (by path) before it replaces the target.</summary>
    public static void WriteBytes(string path, byte[] bytes, Action<string>? check = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var full = FullPath(path);
        var folder = Path.GetDirectoryName(full) ?? Environment.CurrentDirectory;
        if (Directory.Exists(full))
        {
            throw new UserInputException($"cannot write '{ConsoleText.Plain(path)}': it is a folder; name a file instead.");
        }

        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"cannot write '{ConsoleText.Plain(path)}': the folder '{ConsoleText.Plain(folder)}' does not exist; create it or write elsewhere.");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            check?.Invoke(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new UserInputException($"cannot write '{ConsoleText.Plain(path)}': {ConsoleText.Plain(ex.Message)}", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The full path of an output name the user gave; an empty name or one with control characters is a clear error.</summary>
    public static string FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl))
        {
            throw new UserInputException($"'{ConsoleText.Plain(path)}' is not a usable output file name.");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserInputException($"'{ConsoleText.Plain(path)}' is not a usable output file name: {ex.Message}", ex);
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            // Only ever the file this call created: a name taken by anything else failed CreateNew.
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the temporary name is hidden and random.
        }
    }
}
