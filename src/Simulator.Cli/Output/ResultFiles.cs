using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>
/// Writes an experiment's result files into a folder, holding the folder while it writes the set
/// (<see cref="OutputFolder"/>), each file through <see cref="AtomicFile"/>.
/// </summary>
public static class ResultFiles
{
    public static void Write(string directory, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var folder = OutputFolder.Open(directory);
        folder.WriteText("result.json", ExperimentJson.Serialize(result));
        folder.WriteText("issues.csv", ResultCsv.Issues(result));
        folder.WriteText("blockers.csv", ResultCsv.Blockers(result));
    }

    /// <summary>Kept for callers that write one file; the work is <see cref="AtomicFile.WriteText"/>.</summary>
    public static void WriteAtomically(string path, string content) => AtomicFile.WriteText(path, content);
}
