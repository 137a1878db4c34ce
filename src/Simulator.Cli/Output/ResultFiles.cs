using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>
/// Writes an experiment's result files into a folder. Each file is written to a temporary name and
/// moved into place, so an interrupted write never leaves a half-written file behind.
/// </summary>
public static class ResultFiles
{
    public static void Write(string directory, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"cannot create output folder '{directory}': {ex.Message}", ex);
        }

        WriteAtomically(Path.Combine(directory, "result.json"), ExperimentJson.Serialize(result));
        WriteAtomically(Path.Combine(directory, "issues.csv"), ResultCsv.Issues(result));
        WriteAtomically(Path.Combine(directory, "blockers.csv"), ResultCsv.Blockers(result));
    }

    public static void WriteAtomically(string path, string content)
    {
        var temp = path + ".tmp";
        try
        {
            File.WriteAllText(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new UserInputException($"cannot write '{path}': {ex.Message}", ex);
        }
    }
}
