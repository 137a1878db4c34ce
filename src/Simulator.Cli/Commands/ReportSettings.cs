using System.ComponentModel;
using Simulator.Domain.Analysis.Toolkit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim report`: those of `sim run` (--out is the HTML file), the analyses' run count, and an optional sweep.</summary>
public sealed class ReportSettings : RunSettings
{
    public const int DefaultAnalysisRuns = 100;

    [CommandOption("--sweep <PATH=FROM..TO:STEPS>")]
    [Description("Add sweep curves (once) or heat maps (twice) over these parameters, as in sim sweep --param.")]
    public string[] Sweep { get; init; } = [];

    [CommandOption("--analysis-runs <N>")]
    [Description("Runs per sensitivity probe and per sweep point (default 100); 0 leaves the sensitivity analysis out.")]
    [DefaultValue(DefaultAnalysisRuns)]
    public int AnalysisRuns { get; init; } = DefaultAnalysisRuns;

    [CommandOption("--bins <B>")]
    [Description("Equal-probability bins per parameter for the Sobol index (default 4).")]
    [DefaultValue(SensitivityPlan.DefaultBins)]
    public int Bins { get; init; } = SensitivityPlan.DefaultBins;

    [CommandOption("--calibrate <RUNS>")]
    [Description("Add a calibration section (as sim calibrate, agreed or not only) from RUNS runs; default 0: none.")]
    [DefaultValue(0)]
    public int Calibrate { get; init; }

    public override ValidationResult Validate()
    {
        var run = base.Validate();
        if (!run.Successful)
        {
            return run;
        }

        if (string.IsNullOrWhiteSpace(Out) || !Out.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--out must name the HTML file to write, e.g. --out report.html; got '{Out}'.");
        }

        if (Sweep.Length > 2)
        {
            return ValidationResult.Error($"--sweep takes one or two parameters; got {Sweep.Length}.");
        }

        if (Calibrate is < 0 or > MaxRuns)
        {
            return ValidationResult.Error($"--calibrate must be between 0 and {MaxRuns:N0}; got {Calibrate}.");
        }

        if (AnalysisRuns is < 0 or > MaxRuns)
        {
            return ValidationResult.Error($"--analysis-runs must be between 0 and {MaxRuns:N0}; got {AnalysisRuns}.");
        }

        return Bins is >= 2 and <= SensitivityPlan.MaxBins
            ? ValidationResult.Success()
            : ValidationResult.Error($"--bins must be between 2 and {SensitivityPlan.MaxBins}; got {Bins}.");
    }
}
