using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim run`.</summary>
public class RunSettings : ScenarioSettings
{
    public const int MaxRuns = 10_000_000;

    [CommandOption("--runs <N>")]
    [Description("Number of Monte Carlo runs, 1 to 10,000,000 (default: the scenario's monteCarlo.runs).")]
    public int? Runs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Experiment seed, 0 to 18446744073709551615 (default: the scenario's monteCarlo.seed). Same seed, same results.")]
    public ulong? Seed { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--out <DIR>")]
    [Description("Also write the results into DIR: result.json, issues.csv and blockers.csv for run; JSON, CSV and charts for sweep, sensitivity and compare. For report: the HTML file to write.")]
    public string? Out { get; init; }

    [CommandOption("--rerun <RESULT.JSON>")]
    [Description("Rerun exactly the experiment a saved result.json was made from (its provenance: scenario, --set, runs, seed); FILE may be left out.")]
    public string? Rerun { get; init; }

    [CommandOption("--in-process")]
    [Description("Run on this process's cores without Orleans (default: through the experiment grain on an embedded silo).")]
    public bool InProcess { get; init; }

    [CommandOption("--cluster <REDIS>")]
    [Description(Execution.ClusterOption.Description)]
    public string? Cluster { get; init; }

    [CommandOption("--cluster-id <ID>")]
    [Description(Execution.ClusterOption.IdDescription)]
    public string? ClusterId { get; init; }

    [CommandOption("--telemetry <EXPORTER>")]
    [Description("none (default) or console: print traces and metrics. OTLP is used whenever OTEL_EXPORTER_OTLP_ENDPOINT is set.")]
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

        if (InProcess && !string.IsNullOrWhiteSpace(Cluster))
        {
            return ValidationResult.Error("--in-process and --cluster exclude each other: --in-process runs on this machine's cores without Orleans.");
        }

        if (!TelemetryOption.IsKnown(Telemetry))
        {
            return ValidationResult.Error($"--telemetry must be none or console; got '{Telemetry}'.");
        }

        if (Runs is < 1 or > MaxRuns)
        {
            return ValidationResult.Error($"--runs must be between 1 and {MaxRuns:N0}; got {Runs}.");
        }

        return OutputFormat.IsKnown(Format)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format must be table, json or csv; got '{Format}'.");
    }
}
