using Simulator.Cli.Output;
using System.Globalization;
using System.Text.Json;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Hosting.Bench;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim bench`: runs per second in-process (one core, all cores) and through the experiment grain, side by side.</summary>
public sealed class BenchCommand(IAnsiConsole console) : AsyncCommand<BenchSettings>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var (loaded, snapshot) = ScenarioLoader.LoadResolved(settings.File, baseRoot: settings.BaseRoot);
        if (settings.EndToEnd)
        {
            return await BenchEndToEnd(settings, cancellationToken);
        }

        var scenario = CompiledScenario.Compile(loaded);
        if (settings.Cluster is { } cluster)
        {
            return await BenchCluster(scenario, snapshot, Hosting.Cluster.ClusterTarget.Parse(cluster), settings, cancellationToken);
        }

        // Ctrl-C during the silo's start stops the wait, not Orleans mid-start (see InterruptibleConnection).
        await using var silo = await Execution.InterruptibleConnection.OpenAsync(async () => await Hosting.EmbeddedSilo.StartAsync(), cancellationToken);
        var report = await ThroughputBench.MeasureAsync(silo, scenario, snapshot, settings.Runs, settings.Seed, settings.Batch ?? Contracts.Experiments.ExperimentSpec.DefaultBatchSize, settings.Repeat, cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(JsonSerializer.Serialize(report, Json));
            return ExitCodes.Success;
        }

        var table = new Table()
            .Title($"{report.Runs:N0} runs, {report.Cores} cores, batch {report.BatchSize}, best of {report.Repeats}")
            .AddColumn("path")
            .AddColumn(new TableColumn("seconds").RightAligned())
            .AddColumn(new TableColumn("runs/s").RightAligned())
            .AddColumn(new TableColumn("vs all cores").RightAligned());
        foreach (var f in report.Figures)
        {
            table.AddRow(
                ConsoleText.Markup(f.Path),
                f.Seconds.ToString("0.000", CultureInfo.InvariantCulture),
                f.RunsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                f.RatioToAllCores.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"grain path / all cores in-process: {report.GrainToAllCores.ToString("P0", CultureInfo.InvariantCulture)} (target at least 80%); results identical: {(report.ResultsIdentical ? "yes" : "NO")}");
        return ExitCodes.Success;
    }

    private async Task<int> BenchEndToEnd(BenchSettings settings, CancellationToken cancellationToken)
    {
        var report = await Execution.EndToEndBench.MeasureAsync(settings.File, settings.Runs, settings.Seed, settings.Repeat, cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(JsonSerializer.Serialize(report, Json));
            return ExitCodes.Success;
        }

        var table = new Table()
            .Title($"sim run {ConsoleText.Markup(report.Scenario)} --runs {report.Runs:N0} --format json, whole processes, alternately, {report.Repeats} each")
            .AddColumn("path")
            .AddColumn(new TableColumn("best s").RightAligned())
            .AddColumn(new TableColumn("median s").RightAligned());
        table.AddRow("embedded silo (default)", Seconds(report.EmbeddedBest), Seconds(report.EmbeddedMedian));
        table.AddRow("--in-process", Seconds(report.InProcessBest), Seconds(report.InProcessMedian));
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process / embedded wall time: median of {report.PairRatios.Count} alternating pairs {report.MedianPairRatio:0.00} (pairs {string.Join(", ", report.PairRatios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}; bests {report.InProcessToEmbedded:0.00}; target at least 0.90)"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silo start-up about {report.SiloStartSeconds:0.00} s, {report.SiloStartShare:P0} of the median embedded run; results identical: {(report.ResultsIdentical ? "yes" : "NO")}"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {Load(report.LoadAverageBefore)} before, {Load(report.LoadAverageAfter)} after; ReadyToRun images: {report.PrecompiledAssemblies} of {report.ManagedAssemblies} assemblies{(report.PrecompiledAssemblies == 0 ? " (an IL-only build: build with -c Release for the figures the README quotes)" : string.Empty)}"));
        return ExitCodes.Success;
    }

    private static string Seconds(double s) => s.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Load(double? load) => load is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private async Task<int> BenchCluster(CompiledScenario scenario, string snapshot, Hosting.Cluster.ClusterTarget cluster, BenchSettings settings, CancellationToken cancellationToken)
    {
        var report = await Execution.ClusterBench.MeasureAsync(scenario, snapshot, cluster, settings.Runs, settings.Seed, settings.Batch ?? Execution.BatchSizing.ForCluster(settings.Runs), settings.Repeat, maxSilos: 3, cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(JsonSerializer.Serialize(report, Json));
            return ExitCodes.Success;
        }

        var table = new Table()
            .Title($"{report.Runs:N0} runs, batch {report.BatchSize}, best of {report.Repeats}, grain path")
            .AddColumn("path")
            .AddColumn(new TableColumn("seconds").RightAligned())
            .AddColumn(new TableColumn("runs/s").RightAligned())
            .AddColumn(new TableColumn("vs embedded").RightAligned());
        foreach (var f in report.Figures)
        {
            table.AddRow(
                ConsoleText.Markup(f.Path),
                f.Seconds.ToString("0.000", CultureInfo.InvariantCulture),
                f.RunsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                f.RatioToEmbedded.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"3 local silos / embedded: {report.Figures[^1].RatioToEmbedded.ToString("P0", CultureInfo.InvariantCulture)} (target at least 80%); results identical: {(report.ResultsIdentical ? "yes" : "NO")}");
        return ExitCodes.Success;
    }
}
