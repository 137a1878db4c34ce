using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Decides which file a scenario's `base:` names, and refuses names it must not follow. Files on
/// the command line resolve inside a folder tree (<see cref="FolderTreeBaseRule"/>); uploaded
/// scenarios may only name a shipped scenario by id (<see cref="ShippedBaseRule"/>).
/// </summary>
internal abstract class BaseRule
{
    /// <summary>The file the base name points to, the real path to read, and the rule for that file's own `base:`.</summary>
    public abstract BaseLocation Locate(YScalar baseName, string directory);

    protected static bool IsYamlFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    protected static void RefuseControlCharacters(YScalar baseName)
    {
        if (baseName.Text.Any(char.IsControl))
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(baseName.Text)}' holds a control character, which no file name here may hold",
                "write the base file's name in plain characters, e.g. base: istanbul-2025-05-16.yaml"));
        }
    }
}

/// <summary>Where a `base:` led: the path as named (for messages and cycles), the real path to read, and the next rule.</summary>
internal readonly record struct BaseLocation(string FullPath, string ReadPath, BaseRule Next);
