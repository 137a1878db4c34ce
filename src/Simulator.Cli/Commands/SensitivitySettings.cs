using System.ComponentModel;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim sensitivity`: those of `sim run` (--runs is per probe) plus the number of bins and drivers.</summary>
public sealed class SensitivitySettings : RunSettings
{
    public const int DefaultRunsPerProbe = 100;

    [CommandOption("--bins <B>")]
    [Description("Equal-probability bins per parameter for the Sobol index (default 4).")]
    [DefaultValue(SensitivityPlan.DefaultBins)]
    public int Bins { get; init; } = SensitivityPlan.DefaultBins;

    [CommandOption("--top <K>")]
    [Description("Drivers listed per issue (default 5).")]
    [DefaultValue(5)]
    public int Top { get; init; } = 5;

    public override ValidationResult Validate()
    {
        var run = base.Validate();
        if (!run.Successful)
        {
            return run;
        }

        if (Bins is < 2 or > SensitivityPlan.MaxBins)
        {
            return ValidationResult.Error($"--bins must be between 2 and {SensitivityPlan.MaxBins}; got {Bins}.");
        }

        return Top is >= 1 and <= 100 ? ValidationResult.Success() : ValidationResult.Error($"--top must be between 1 and 100; got {Top}.");
    }
}
