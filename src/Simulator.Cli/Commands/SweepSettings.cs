using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim sweep`: those of `sim run` plus one or two --param axes.</summary>
public sealed class SweepSettings : RunSettings
{
    [CommandOption("--param <PATH=FROM..TO:STEPS>")]
    [Description("A parameter to sweep and its grid, e.g. parties.russia.concessionBeta=0.2..2:10 (STEPS grid points, both ends included). Once or twice.")]
    public string[] Params { get; init; } = [];

    public override ValidationResult Validate()
    {
        var run = base.Validate();
        if (!run.Successful)
        {
            return run;
        }

        return Params.Length is 1 or 2
            ? ValidationResult.Success()
            : ValidationResult.Error($"--param must be given once or twice (one line per issue, or a heat map); got {Params.Length}.");
    }
}
