using System.ComponentModel;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// What every command that reads one scenario takes: the FILE and any number of --set overrides.
/// `run`, `show`, `forecast` and `analyze` derive their settings from this.
/// </summary>
public class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The scenario YAML file (an overlay with base: is fine).")]
    public string File { get; init; } = "";

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Override one value, e.g. --set parties.russia.stances.territory.salience=0.6 (repeatable).")]
    public string[] Sets { get; init; } = [];

    [CommandOption("--base-root <DIR>")]
    [Description("The folder a base: file may lie in (default: the git work tree holding FILE, else FILE's folder). A base: outside it, symbolic links resolved, is refused.")]
    public string? BaseRoot { get; init; }
}
