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

    [CommandOption("--runs <N>")]
    [Description("Monte Carlo runs used to find the simulated modal outcome (default 200; 0 skips the simulation).")]
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

        return Runs < 0 ? Spectre.Console.ValidationResult.Error("--runs must be 0 or more.") : Spectre.Console.ValidationResult.Success();
    }
}
