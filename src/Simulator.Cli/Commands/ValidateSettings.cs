using System.ComponentModel;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Settings of `sim validate`: one or more files, with the same --set overrides as other commands.</summary>
public sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Scenario YAML files to check.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Override one value in every file before checking it (repeatable).")]
    public string[] Sets { get; init; } = [];

    [CommandOption("--base-root <DIR>")]
    [Description("The folder a base: file may lie in (default: the git work tree holding FILE, else FILE's folder). A base: outside it, symbolic links resolved, is refused.")]
    public string? BaseRoot { get; init; }
}
