using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim play`.</summary>
public sealed class PlaySettings : ScenarioSettings
{
    [CommandOption("--step")]
    [Description("Wait for Enter before each round (for a class to discuss the last one).")]
    public bool Step { get; init; }

    [CommandOption("--human <PARTY>")]
    [Description("A person answers for this principal at the terminal (repeatable); the software agent answers what is still open when the seat's deadline passes.")]
    public string[] Human { get; init; } = [];

    [CommandOption("--deadline <SECONDS>")]
    [Description("Seconds each human seat has for its decision in a round, counted down on screen (default 120).")]
    [DefaultValue(120)]
    public int Deadline { get; init; } = 120;

    [CommandOption("--seed <S>")]
    [Description("Play the values run 0 of this seed draws (the run `sim explain --seed S` shows); default: the scenario's base values.")]
    public ulong? Seed { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Write the transcript (transcript.json and transcript.txt) into this folder once the session has ended.")]
    public string? Out { get; init; }

    [CommandOption("--cluster <REDIS>")]
    [Description(Execution.ClusterOption.Description)]
    public string? Cluster { get; init; }

    [CommandOption("--cluster-id <ID>")]
    [Description(Execution.ClusterOption.IdDescription)]
    public string? ClusterId { get; init; }

    [CommandOption("--telemetry <EXPORTER>")]
    [Description("none (default) or console. OTLP is used whenever OTEL_EXPORTER_OTLP_ENDPOINT is set.")]
    [DefaultValue("none")]
    public string Telemetry { get; init; } = "none";

    public override ValidationResult Validate()
    {
        Execution.ClusterOption.Resolve(Cluster, out var clusterError);
        if (clusterError is not null)
        {
            return ValidationResult.Error(clusterError);
        }

        if (Execution.ClusterOption.CheckId(ClusterId) is { } idError)
        {
            return ValidationResult.Error(idError);
        }

        if (Deadline is < 1 or > 3600)
        {
            return ValidationResult.Error($"--deadline must be between 1 and 3600 seconds; got {Deadline}.");
        }

        return TelemetryOption.IsKnown(Telemetry)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--telemetry must be none or console; got '{Telemetry}'.");
    }
}
