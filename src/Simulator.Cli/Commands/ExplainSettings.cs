using System.ComponentModel;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim explain`.</summary>
public class ExplainSettings : ScenarioSettings
{
    [CommandOption("--seed <S>")]
    [Description("Experiment seed (default: the scenario's monteCarlo.seed).")]
    public ulong? Seed { get; init; }

    [CommandOption("--run <K>")]
    [Description("Which run of the experiment to replay (0-based, below 10,000,000; default 0). Same seed and run, same transcript as in `sim run`.")]
    [DefaultValue(0)]
    public int Run { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Run is < 0 or >= RunSettings.MaxRuns
            ? Spectre.Console.ValidationResult.Error($"--run must be between 0 and {RunSettings.MaxRuns - 1:N0}; got {Run}.")
            : Spectre.Console.ValidationResult.Success();
}
