using System.ComponentModel;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Settings of `sim analyze`.</summary>
public sealed class AnalyzeSettings : ScenarioSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>The analysis keeps every run's outcome in memory to find the modal one: a million is plenty.</summary>
    public const int MaxRuns = 1_000_000;

    [CommandOption("--runs <N>")]
    [Description("Monte Carlo runs used to find the simulated modal outcome (0 to 1,000,000; default 200; 0 skips the simulation).")]
    [DefaultValue(200)]
    public int Runs { get; init; } = 200;

    [CommandOption("--seed <S>")]
    [Description("Seed of those runs (default: the scenario's seed).")]
    public ulong? Seed { get; init; }

    [CommandOption("--all-parties")]
    [Description("Solve the bargaining concepts over every party's utility, not only the principals'.")]
    public bool AllParties { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        if (Format is not ("table" or "json"))
        {
            return Spectre.Console.ValidationResult.Error($"--format must be table or json, not '{Format}'.");
        }

        return Runs is < 0 or > MaxRuns
            ? Spectre.Console.ValidationResult.Error($"--runs must be between 0 and {MaxRuns:N0}; got {Runs}.")
            : Spectre.Console.ValidationResult.Success();
    }
}
