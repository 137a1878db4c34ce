using System.Text.Json;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Reproducibility;

/// <summary>
/// `sim run --rerun result.json`: the experiment a saved result was made from, read from its
/// <c>provenance</c>. The scenario FILE may then be left out of the command line; it is the one
/// the provenance names, and the command refuses to run when that file now resolves to a different
/// scenario than the one the result was made from (its SHA-256 differs).
/// </summary>
internal static class RerunArguments
{
    public const string Option = "--rerun";

    /// <summary>The arguments with the provenance's scenario path inserted as FILE when `run --rerun` has none.</summary>
    public static string[] Expand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, Option);
        if (args.Length == 0 || args[0] != "run" || at < 0 || at + 1 >= args.Length)
        {
            return args;
        }

        if (HasPositional(args))
        {
            return args;
        }

        var provenance = Read(args[at + 1]);
        return [args[0], provenance.ScenarioPath, .. args[1..]];
    }

    public static Domain.MonteCarlo.ResultProvenance Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--rerun {path}: cannot read it: {ex.Message}", ex);
        }

        try
        {
            var result = ExperimentJson.Deserialize(json);
            return result.Provenance ?? throw new UserInputException($"--rerun {path}: it has no \"provenance\" (saved by an older sim?); rerun it by hand with the scenario, --runs, --seed and --set it was made with.");
        }
        catch (JsonException ex)
        {
            throw new UserInputException($"--rerun {path}: not a result.json ({ex.Message}); give the result.json that `sim run --out DIR` wrote, or `sim run --format json` printed.", ex);
        }
    }

    /// <summary>Whether `run` was given a FILE: a word that is neither an option nor an option's value.</summary>
    private static bool HasPositional(string[] args)
    {
        for (var k = 1; k < args.Length; k++)
        {
            if (args[k].StartsWith('-'))
            {
                // Every option of run but the --in-process flag takes a value.
                if (args[k] is not "--in-process" && !args[k].Contains('=', StringComparison.Ordinal))
                {
                    k++;
                }

                continue;
            }

            return true;
        }

        return false;
    }
}
