using Simulator.Cli.Commands;
using Simulator.Cli.Output;
using Simulator.Domain.Calibration;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Series;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Calibration;

/// <summary>
/// `sim calibrate`: which parameter values are consistent with what happened. Rejection ABC over
/// the scenario's Monte Carlo runs, on this process's cores (it needs each run's draws, which the
/// experiment grain does not return: it aggregates counts).
/// </summary>
public sealed class CalibrateCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<CalibrateSettings>
{
    /// <summary>The conventional exit code of a program stopped by Ctrl-C.</summary>
    private const int Interrupted = 130;

    public override async Task<int> ExecuteAsync(CommandContext context, CalibrateSettings settings, CancellationToken cancellationToken)
    {
        var (model, seed) = Build(settings);
        var runs = settings.Runs ?? CalibrateSettings.DefaultRuns;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        CalibrationResult result;
        try
        {
            result = await CalibrationProgressDisplay.RunAsync(errors, runs, progress =>
                Task.Run(() => Calibrator.Run(model, runs, seed, progress: progress, cancellationToken: stop.Token), stop.Token));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // One line for one Ctrl-C: the signal's own line already said that nothing is written.
            if (!Interrupt.Announced)
            {
                errors.Line("sim: calibration stopped; nothing was written.");
            }

            return Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        result.EnsureTrustworthy(settings.MinAccepted);
        if (settings.WriteOverlay is { } overlay)
        {
            WriteOverlay(overlay, settings, result);
        }

        var provenance = SeriesLoader.IsSeries(settings.File)
            ? Reproducibility.ProvenanceFactory.ForSeries("calibrate", settings.File, CompiledSeries.Compile(SeriesLoader.Load(settings.File, settings.Sets)), settings.Sets, runs, seed)
            : Reproducibility.ProvenanceFactory.ForFile("calibrate", settings, runs, seed);
        if (settings.Out is { } dir)
        {
            CalibrationFiles.Write(dir, result, settings.Top, provenance);
        }

        OutputFormat.Print(console, settings.Format, () => Reproducibility.ProvenanceJson.Attach(CalibrationJson.Serialize(result), provenance), () => CalibrationCsv.Write(result), table => CalibrationTable.Write(table, result, settings.Top));
        return ExitCodes.Success;
    }

    private static (ICalibrationModel Model, ulong Seed) Build(CalibrateSettings settings)
    {
        if (SeriesLoader.IsSeries(settings.File))
        {
            if (settings.WriteOverlay is not null)
            {
                throw new UserInputException("--write-overlay takes a single scenario, not a series (a series has no base: to overlay); calibrate a round's scenario file to write its overlay.");
            }

            var series = CompiledSeries.Compile(SeriesLoader.Load(settings.File, settings.Sets));
            var withValues = series.Rounds.SelectMany(r => r.Record).Where(i => i.Value is not null).Select(i => i.Issue).Distinct().ToList();
            return (new SeriesCalibrationModel(series, settings.Params, ValueTolerance.Parse(settings.Tolerance, withValues)), settings.Seed ?? series.Definition.MonteCarlo.Seed);
        }

        var scenario = ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot);
        var compiled = CompiledScenario.Compile(scenario);
        var recorded = scenario.Observed.Where(o => o.Value.Agreed && o.Value.Value is not null).Select(o => o.Key).ToList();
        var model = new ScenarioCalibrationModel(compiled, settings.Params, ValueTolerance.Parse(settings.Tolerance, recorded));
        return (model, settings.Seed ?? scenario.MonteCarlo.Seed);
    }

    /// <summary>Writes the overlay next to its final name, checks that it loads, then moves it into place.</summary>
    private void WriteOverlay(string path, CalibrateSettings settings, CalibrationResult result)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? Environment.CurrentDirectory;
        var basePath = Path.GetRelativePath(directory, Path.GetFullPath(settings.File));
        var command = $"sim calibrate {settings.File} --runs {result.Runs} --seed {result.Seed}"
            + string.Concat(settings.Tolerance.Select(t => $" --tolerance {t}"))
            + string.Concat(settings.Sets.Select(s => $" --set {s}"));
        var text = CalibratedOverlay.Write(result, basePath, command);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot write '{ConsoleText.Plain(path)}': {ConsoleText.Plain(ex.Message)}", ex);
        }

        // The overlay must load before it replaces anything (checked on the temporary file, beside its final name).
        AtomicFile.WriteText(full, text, temp => ScenarioLoader.Load(temp, baseRoot: Path.GetPathRoot(full)));

        if (!result.Parameters.Any(p => p.Moved))
        {
            errors.Line("warning: the record moved no parameter beyond chance; the overlay only renames the scenario.");
        }

        errors.Line($"wrote {path}: {result.Parameters.Count(p => p.Moved)} calibrated parameter(s)");
    }
}
