using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>
/// Builds the `sim` command tree. Every command lives in its own file under Commands/ and is
/// registered here, one line each.
/// </summary>
public static class SimApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("sim");
            config.UseStrictParsing();
            config.SetExceptionHandler((ex, _) => HandleException(ex, args));
            CommandRegistry.Register(config);
        });
        using var interrupt = Interrupt.Install();
        var code = await app.RunAsync(args, interrupt.Token);
        return interrupt.Requested ? ExitCodes.Interrupted : code;
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
    internal static int HandleException(Exception ex, IReadOnlyList<string>? args = null)
    {
        switch (ex)
        {
            case ScenarioException scenario:
                foreach (var error in scenario.Errors)
                {
                    Console.Error.WriteLine(error.ToString());
                }

                Console.Error.WriteLine($"{scenario.Errors.Count} error(s); nothing was run.");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                Console.Error.WriteLine("sim: interrupted; nothing was written.");
                return ExitCodes.Interrupted;
            case UserInputException input:
                Console.Error.WriteLine($"sim: {input.Message}");
                return ExitCodes.BadInput;
            case AnalysisInputException analysis:
                Console.Error.WriteLine($"sim: {analysis.Message}");
                return ExitCodes.BadInput;
            case CommandParseException or CommandRuntimeException:
                Console.Error.WriteLine($"sim: {Plain(ex.Message)}");
                if (UnknownInputHint.For(ex.Message, args ?? []) is { } hint)
                {
                    Console.Error.WriteLine($"    {hint}");
                }

                Console.Error.WriteLine("    hint: run 'sim --help' or 'sim COMMAND --help' for usage.");
                return ExitCodes.BadInput;
            default:
                Console.Error.WriteLine($"sim: internal error: {ex}");
                return ExitCodes.InternalError;
        }
    }
}
