using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim bench`.</summary>
public sealed class BenchSettings : CommandSettings
{
    public const string DefaultScenario = "scenarios/istanbul-2025-05-16.yaml";
    public const int MaxRuns = 1_000_000;

    [CommandArgument(0, "[FILE]")]
    [Description("The scenario to run (default: " + DefaultScenario + ").")]
    public string File { get; init; } = DefaultScenario;

    [CommandOption("--runs <N>")]
    [Description("Runs per measurement (1 to 1,000,000; default 10000).")]
    [DefaultValue(10_000)]
    public int Runs { get; init; } = 10_000;

    [CommandOption("--seed <S>")]
    [Description("Experiment seed (default 1).")]
    [DefaultValue(1UL)]
    public ulong Seed { get; init; } = 1;

    [CommandOption("--batch <K>")]
    [Description("Runs per batch, in-process and per grain call (1 to --runs; default 250; with --cluster, what sim run --cluster takes: --runs / 1024, 250 to 10,000).")]
    public int? Batch { get; init; }

    [CommandOption("--repeat <R>")]
    [Description("Measurements per path; the best counts (default 3).")]
    [DefaultValue(3)]
    public int Repeat { get; init; } = 3;

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--cluster <REDIS>")]
    [Description("Measure the grain path on 1, 2 and 3 local Simulator.Silo processes on this Redis (redis://HOST:PORT) against the embedded silo, as ratios.")]
    public string? Cluster { get; init; }

    [CommandOption("--end-to-end")]
    [Description("Time whole `sim run FILE --runs N --format json` processes on the embedded silo and with --in-process, alternately, R times each, and report the ratio (silo start-up included).")]
    public bool EndToEnd { get; init; }

    [CommandOption("--base-root <DIR>")]
    [Description("The folder a base: file may lie in (default: the git work tree holding FILE, else FILE's folder). A base: outside it, symbolic links resolved, is refused.")]
    public string? BaseRoot { get; init; }

    public override ValidationResult Validate()
    {
        if (Cluster is not null && !Hosting.Cluster.ClusterTarget.TryParse(Cluster, out _, out var clusterError))
        {
            return ValidationResult.Error($"--cluster: {clusterError}.");
        }

        if (EndToEnd && Cluster is not null)
        {
            return ValidationResult.Error("--end-to-end and --cluster exclude each other: --end-to-end times the embedded silo against --in-process on this machine.");
        }

        if (Runs is < 1 or > MaxRuns)
        {
            return ValidationResult.Error($"--runs must be between 1 and {MaxRuns:N0}; got {Runs}.");
        }

        if (Batch is < 1 || Batch > Runs)
        {
            return ValidationResult.Error($"--batch must be between 1 and --runs ({Runs:N0}); got {Batch}.");
        }

        if (Repeat is < 1 or > 20)
        {
            return ValidationResult.Error($"--repeat must be between 1 and 20; got {Repeat}.");
        }

        return Format is OutputFormat.Table or OutputFormat.Json
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format must be table or json; got '{Format}'.");
    }
}
