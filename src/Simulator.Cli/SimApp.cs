using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>
/// Builds the `sim` command tree. Every command lives in its own file under Commands/ and is
/// registered here, one line each.
/// </summary>
public static class SimApp
{
    /// <summary>Runs `sim` on the process's standard output and standard error.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var errors = ErrorConsole.ForProcess();
        Execution.CommandProcess.ExitsAfterCommand = true;
        try
        {
            // `run --rerun result.json` may leave out FILE: the result's provenance names it.
            try
            {
                args = Reproducibility.RerunArguments.Expand(args);
            }
            catch (UserInputException ex)
            {
                return HandleException(ex, errors, args);
            }

            var app = new CommandApp();
            app.Configure(config =>
            {
                config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
                Configure(config, errors, args);
            });
            using var interrupt = Interrupt.Install();
            // A lone "-" (standard input) would be read as an option without a name.
            var code = await app.RunAsync([.. args.Select(a => a == ScenarioLoader.StandardInput ? ScenarioLoader.StandardInputArgument : a)], interrupt.Token);
            return interrupt.Requested ? ExitCodes.Interrupted : FlushStandardOutput(errors, code);
        }
        catch (IOException ex)
        {
            // Standard output itself failed (a full device, a closed pipe) while the handler reported.
            Console.SetOut(TextWriter.Null);
            return ReportOutputFailure(ex, errors);
        }
    }

    /// <summary>
    /// Flushes standard output before exit; when it cannot be written (a full device), what it still
    /// holds is dropped so the runtime does not fail again at exit (an abort), and the exit code is 1.
    /// </summary>
    private static int FlushStandardOutput(ErrorConsole errors, int code)
    {
        try
        {
            Console.Out.Flush();
            return code;
        }
        catch (IOException ex)
        {
            Console.SetOut(TextWriter.Null);
            return code == ExitCodes.InternalError ? code : ReportOutputFailure(ex, errors);
        }
    }

    /// <summary>
    /// Registers the commands, the error console every command may take in its constructor (beside
    /// the <see cref="IAnsiConsole"/> of standard output), and the handler that turns exceptions into
    /// messages and exit codes. Tests call this with their own consoles.
    /// </summary>
    public static void Configure(IConfigurator config, ErrorConsole errors, IReadOnlyList<string>? args = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(errors);
        config.SetApplicationName("sim");
        config.UseStrictParsing();
        config.Settings.Registrar.RegisterInstance(errors);
        config.Settings.Registrar.RegisterInstance(TimeProvider.System);
        config.Settings.Registrar.Register<Play.IPlayInput, Play.ConsolePlayInput>();
        config.SetExceptionHandler((ex, _) => HandleException(ex, errors, args));
        CommandRegistry.Register(config);
    }

    /// <summary>Spectre names CLR types in conversion errors ("to Nullable`1"); a user needs the value and the kind expected.</summary>
    internal static string Plain(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"^Failed to convert '(?<value>.*)' to (?<type>[^.]+)\.?$");
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var expected = type.Contains("Int", StringComparison.Ordinal) || type.Contains("Nullable", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal)
            ? "a number"
            : "a value of another kind";
        return $"'{match.Groups["value"].Value}' is not {expected}: check the option it was given to";
    }

    /// <summary>Maps what went wrong to a message and an exit code: 2 for the user's input, 1 for ours.</summary>
    internal static int HandleException(Exception ex, ErrorConsole errors, IReadOnlyList<string>? args = null)
    {
        try
        {
            return Report(ex, errors, args ?? []);
        }
        catch (IOException io)
        {
            return ReportOutputFailure(io, errors);
        }
    }

    private static int Report(Exception ex, ErrorConsole errors, IReadOnlyList<string> args)
    {
        switch (ex)
        {
            case ScenarioException scenario:
                foreach (var error in scenario.Errors)
                {
                    errors.Line(error.ToString());
                }

                errors.Line($"{scenario.Errors.Count} error(s); nothing was run.");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                // One line for one Ctrl-C: the signal's own line already said that nothing is written.
                if (!Interrupt.Announced)
                {
                    errors.Line("sim: interrupted; nothing was written.");
                }

                return ExitCodes.Interrupted;
            case UserInputException input:
                errors.Line($"sim: {input.Message}");
                return ExitCodes.BadInput;
            case AnalysisInputException analysis:
                errors.Line($"sim: {analysis.Message}");
                return ExitCodes.BadInput;
            case CommandParseException or CommandRuntimeException:
                errors.Line($"sim: {Plain(ex.Message)}");
                if (UnknownInputHint.For(ex.Message, args) is { } hint)
                {
                    errors.Line($"    {hint}");
                }

                errors.Line("    hint: run 'sim --help' or 'sim COMMAND --help' for usage.");
                return ExitCodes.BadInput;
            case IOException io:
                return ReportOutputFailure(io, errors);
            case Hosting.Cluster.ClusterUnavailableException or Grains.Experiments.ExperimentFailedException:
                // The cluster's trouble, not the user's input and not a bug here: the reason, no stack trace.
                errors.Line($"sim: {Plain(ex.Message)}");
                return ExitCodes.InternalError;
            case var lost when Execution.ClusterLoss.Is(lost):
                errors.Line($"sim: {Plain(Execution.ClusterLoss.Describe(lost))}");
                return ExitCodes.InternalError;
            default:
                errors.Line($"sim: internal error: {ex}");
                return ExitCodes.InternalError;
        }
    }

    /// <summary>Output that could not be written (standard output on a full device, a closed pipe): a message, exit 1, no stack trace.</summary>
    private static int ReportOutputFailure(IOException ex, ErrorConsole errors)
    {
        try
        {
            errors.Line($"sim: cannot write the output: {ex.Message}");
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }

        return ExitCodes.InternalError;
    }
}
