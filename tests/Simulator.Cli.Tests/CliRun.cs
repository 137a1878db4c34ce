namespace Simulator.Cli.Tests;

/// <summary>
/// Runs the real `sim` command tree in-process with stdout and stderr captured. Console redirection
/// is process-wide, so every test that uses it sits in the non-parallel "console" collection.
/// </summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var originalOut = Console.Out;
        var originalError = Console.Error;
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await SimApp.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
