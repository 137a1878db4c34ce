using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim score FILE...`: those of `sim run`, applied to every file.</summary>
public sealed class ScoreSettings : RunSettings
{
    public const int MaxFiles = 64;

    [CommandArgument(1, "[MORE]")]
    [Description("More scenario or series files to score with FILE (e.g. scenarios/*.yaml).")]
    public string[] More { get; init; } = [];

    public override ValidationResult Validate()
    {
        var run = base.Validate();
        if (!run.Successful)
        {
            return run;
        }

        if (!string.IsNullOrEmpty(Rerun))
        {
            return ValidationResult.Error("--rerun belongs to sim run; score the scenario files themselves.");
        }

        return More.Length + 1 <= MaxFiles
            ? ValidationResult.Success()
            : ValidationResult.Error($"score takes at most {MaxFiles} files; got {More.Length + 1}.");
    }
}
