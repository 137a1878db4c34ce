namespace Simulator.Cli.Tests;

/// <summary>The in-process `sim` as a tuple, for tests that deconstruct the outcome.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var outcome = await SimCli.RunAsync(args);
        return (outcome.ExitCode, outcome.Out, outcome.Err);
    }
}
