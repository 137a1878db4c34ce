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
    [Description("Which run of the experiment to replay (0-based; default 0). Same seed and run, same transcript as in `sim run`.")]
    [DefaultValue(0)]
    public int Run { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Run < 0 ? Spectre.Console.ValidationResult.Error($"--run must be 0 or more; got {Run}.") : Spectre.Console.ValidationResult.Success();
}
