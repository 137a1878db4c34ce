using System.ComponentModel;
using Simulator.Cli.Commands;
using Simulator.Domain.Calibration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Calibration;

/// <summary>Options of `sim calibrate`.</summary>
public sealed class CalibrateSettings : ScenarioSettings
{
    public const int DefaultRuns = 20_000;

    [CommandOption("--params <PATH>")]
    [Description("Report only these uncertain parameters (repeatable; a prefix ending in * selects a group, e.g. parties.russia.*). Every uncertain parameter is sampled either way.")]
    public string[] Params { get; init; } = [];

    [CommandOption("--runs <N>")]
    [Description("Number of Monte Carlo runs to sample (default 20,000).")]
    public int? Runs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Experiment seed (default: the scenario's monteCarlo.seed). Run r draws what `sim run` run r draws.")]
    public ulong? Seed { get; init; }

    [CommandOption("--tolerance <T>")]
    [Description("Also require agreed values within T scale points of the recorded value: T for every issue with a recorded value, or ISSUE=T (repeatable). Default: agreed or not agreed is all that counts.")]
    public string[] Tolerance { get; init; } = [];

    [CommandOption("--min-accepted <K>")]
    [Description("Refuse to report a posterior resting on fewer than K accepted runs (default 200).")]
    public int MinAccepted { get; init; } = CalibrationResult.DefaultMinAccepted;

    [CommandOption("--top <K>")]
    [Description("Parameters shown in the table and charted with --out (default 10; JSON and CSV list all).")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--out <DIR>")]
    [Description("Also write calibration.json, calibration.csv and one prior-vs-posterior histogram per top parameter (posterior-RANK-PATH.png) into DIR.")]
    public string? Out { get; init; }

    [CommandOption("--write-overlay <FILE>")]
    [Description("Write a calibrated overlay (base: the input file) whose moved parameters take their posterior median and 90% interval; every command runs it.")]
    public string? WriteOverlay { get; init; }

    public override ValidationResult Validate()
    {
        if (Runs is < 1 or > RunSettings.MaxRuns)
        {
            return ValidationResult.Error($"--runs must be between 1 and {RunSettings.MaxRuns:N0}; got {Runs}.");
        }

        if (MinAccepted < 1)
        {
            return ValidationResult.Error($"--min-accepted must be 1 or more; got {MinAccepted}.");
        }

        if (Top < 1)
        {
            return ValidationResult.Error($"--top must be 1 or more; got {Top}.");
        }

        return OutputFormat.IsKnown(Format)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format must be table, json or csv; got '{Format}'.");
    }
}
