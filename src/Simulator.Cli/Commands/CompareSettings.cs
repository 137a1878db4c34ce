using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim compare A B [...]`: those of `sim run`, applied to every scenario.</summary>
public sealed class CompareSettings : RunSettings
{
    public const int MaxScenarios = 12;

    [CommandArgument(1, "<OTHER>")]
    [Description("Scenarios to compare with FILE (the reference), e.g. what-if overlays.")]
    public string[] Others { get; init; } = [];

    public override ValidationResult Validate()
    {
        var run = base.Validate();
        if (!run.Successful)
        {
            return run;
        }

        return Others.Length is >= 1 and < MaxScenarios
            ? ValidationResult.Success()
            : ValidationResult.Error($"compare takes between 2 and {MaxScenarios} scenario files; got {Others.Length + 1}.");
    }
}
