using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Web.Classroom;

/// <summary>
/// Loads a scenario a teacher uploads, through the same size limits, schema and semantic checks as
/// the CLI. An upload must be self-contained: a `base:` key is refused here, before anything is
/// read, so an upload can never make the server read or echo another file. (Overlays on shipped
/// scenarios by id replace this one function once the loader offers an entry point for uploads.)
/// </summary>
public static class UploadedScenario
{
    public const string DisplayName = "upload.yaml";

    /// <summary>The CLI's limit on a scenario file's size.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static ResolvedScenario Load(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (System.Text.Encoding.UTF8.GetByteCount(yaml) > MaxBytes)
        {
            throw new ScenarioException(new ScenarioError(DisplayName, 1, 1, $"the file is larger than {MaxBytes / 1024} KiB", "a scenario is a few hundred lines; check that this is the file you meant"));
        }

        if (BaseLine(yaml) is { } line)
        {
            throw new ScenarioException(new ScenarioError(DisplayName, line, 1, "an uploaded scenario cannot use base: (the server reads no other file for an upload)", "upload a complete scenario, e.g. the output of `sim` for a resolved scenario, or start from a shipped scenario on this page"));
        }

        return new ResolvedScenario(ScenarioLoader.LoadText(yaml, DisplayName), yaml);
    }

    /// <summary>The line of a top-level `base:` key (in any quoting), or null.</summary>
    private static int? BaseLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var key = lines[i].TrimStart('\uFEFF').Split(':', 2)[0].Trim('"', '\'', ' ', '?', '{');
            if (lines[i].Contains(':', StringComparison.Ordinal) && key == "base" && !lines[i].StartsWith(' ') && !lines[i].StartsWith('\t'))
            {
                return i + 1;
            }

            if (lines[i].TrimStart().StartsWith('{') && lines[i].Contains("base", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
