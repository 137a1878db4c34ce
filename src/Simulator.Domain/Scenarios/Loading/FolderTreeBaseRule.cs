using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// `base:` for files the user names: a .yaml file relative to the naming file, which must lie, with
/// every symbolic link resolved, inside <see cref="Root"/> (the folder tree the first file was
/// loaded from, or a wider one the user chose). A base can never pull in an arbitrary file of the machine.
/// </summary>
internal sealed class FolderTreeBaseRule(string root) : BaseRule
{
    /// <summary>Bounds the walk up to a repository root.</summary>
    private const int MaxAncestors = 64;

    /// <summary>
    /// The default tree of a file loaded from <paramref name="folder"/>: the git work tree holding
    /// it (so an overlay in scenarios/ can build on seeds/ of the same repository), else the current
    /// working folder when the file lies inside it (a copy of the repository without .git, run from
    /// its top), else the folder itself.
    /// </summary>
    public static FolderTreeBaseRule Around(string folder)
    {
        var real = RealPath.Of(folder) ?? Path.GetFullPath(folder);
        var current = new DirectoryInfo(real);
        for (var i = 0; current is not null && i < MaxAncestors; i++, current = current.Parent)
        {
            var marker = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return new FolderTreeBaseRule(current.FullName);
            }
        }

        var working = RealPath.Of(Directory.GetCurrentDirectory());
        return new FolderTreeBaseRule(working is not null && RealPath.IsInside(real, working) ? working : real);
    }

    /// <summary>The real (link-free) folder every base file must lie in.</summary>
    public string Root { get; } = RealPath.Of(root) ?? Path.GetFullPath(root);

    public override BaseLocation Locate(YScalar baseName, string directory)
    {
        RefuseControlCharacters(baseName);
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(directory, baseName.Text));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(baseName.Text)}' is not a usable file name", "write the base file's name relative to this file, e.g. base: istanbul-2025-05-16.yaml"));
        }

        if (!IsYamlFileName(full))
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(baseName.Text)}' is not a .yaml file", "a base is another scenario: name its .yaml (or .yml) file"));
        }

        var real = RealPath.Of(full) ?? throw new ScenarioException(baseName.Mark.Error(
            $"base: '{SafeText.Excerpt(baseName.Text)}' cannot be resolved (a loop of symbolic links)", "point base: at the scenario file itself"));
        if (!RealPath.IsInside(real, Root))
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(baseName.Text)}' lies outside {SafeText.Printable(Root)}, the folder tree the scenario was loaded from (symbolic links included)",
                "keep a base file beside the overlay or below its folder, or name a wider folder with --base-root DIR"));
        }

        return new BaseLocation(full, real, this);
    }
}
