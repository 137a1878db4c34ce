using System.Text;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Reads a scenario file or standard input with the 1 MiB bound enforced while reading (a
/// reported length can lie: devices, pipes and /proc files report 0). Special files are refused
/// before they are opened, so a FIFO cannot block and /dev/zero cannot fill memory; standard
/// input is read only when the user asks for it with `-`.
/// </summary>
internal static class ScenarioFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="fullPath"/>; errors are reported at <paramref name="at"/>.</summary>
    public static string ReadFile(string fullPath, string display, SourceMark at, bool isBase)
    {
        try
        {
            if (Directory.Exists(fullPath))
            {
                throw new ScenarioException(at.Error($"{display} is a folder, not a scenario file", "name a .yaml file inside it"));
            }

            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                throw new ScenarioException(at.Error(
                    isBase ? $"base file not found: {display}" : $"file not found: {display}",
                    "check the path; a base: path is relative to the file that names it"));
            }

            if (info.Length == 0)
            {
                throw new ScenarioException(at.Error(
                    $"{display} is empty, or is a device, a pipe or another special file (those are not read)",
                    "name a scenario YAML file; to read standard input, pass '-' as the file"));
            }

            if (info.Length > YamlLimits.MaxBytes)
            {
                throw TooLarge(display);
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadBounded(stream, display);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ScenarioException(at.Error($"cannot read {display}: {SafeText.Excerpt(ex.Message, 120)}", "check that the file exists and is readable"));
        }
    }

    /// <summary>Reads a file the user named (a scenario, a series, a KTAB CSV file), with every check of <see cref="ReadFile"/>.</summary>
    public static string ReadUserFile(string path)
    {
        var full = ScenarioLoader.FullPathOf(path, "FILE");
        var display = SafeText.Printable(path);
        return ReadFile(full, display, new SourceMark(display, 1, 1), isBase: false);
    }

    /// <summary>Reads standard input (the user passed `-`), with the same bound as a file.</summary>
    public static string ReadStandardInput(string display)
    {
        using var stream = Console.OpenStandardInput();
        return ReadBounded(stream, display);
    }

    /// <summary>Reads at most 1 MiB from <paramref name="stream"/> and decodes it as strict UTF-8.</summary>
    public static string ReadBounded(Stream stream, string display)
    {
        var buffer = new byte[YamlLimits.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > YamlLimits.MaxBytes)
        {
            throw TooLarge(display);
        }

        var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(buffer, start, length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOf(buffer.AsSpan(start, length - start), ex.Index);
            throw new ScenarioException(new ScenarioError(display, line, column,
                "the file is not UTF-8 text (an invalid byte here)", "save the file as UTF-8"));
        }
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int index)
    {
        var end = index < 0 ? 0 : Math.Min(index, bytes.Length);
        var line = 1;
        var column = 1;
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private static ScenarioException TooLarge(string display) => new(new ScenarioError(
        display, 1, 1, $"the file is larger than {YamlLimits.MaxBytes / 1024} KiB; refusing to read it",
        "a scenario is a few hundred lines; check that this is the file you meant"));
}
