using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Web.Classroom;

/// <summary>
/// Loads a scenario a teacher uploads through the loader's entry point for uploads: the same size
/// limits, schema and semantic checks as the CLI, and a `base:` that may only name a shipped
/// scenario by id (never a path), so an upload can never make the server read or echo another file.
/// </summary>
public static class UploadedScenario
{
    public const string DisplayName = "upload.yaml";

    /// <summary>The CLI's limit on a scenario file's size (checked before the text is read into a form).</summary>
    public const int MaxBytes = 1024 * 1024;

    public static ResolvedScenario Load(string yaml, ScenarioCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(catalog);
        return ScenarioLoader.LoadUploaded(yaml, DisplayName, catalog.PathsById);
    }
}
