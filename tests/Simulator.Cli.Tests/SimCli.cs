using Simulator.Cli.Output;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Simulator.Cli.Tests;

/// <summary>
/// Runs the real `sim` command tree in-process through Spectre's <see cref="CommandAppTester"/>, with
/// standard output and standard error captured by two test consoles, from the repository root as
/// a user would run it. (<see cref="SimProcess"/> starts the built sim.dll for the few true
/// end-to-end tests.)
/// </summary>
internal static class SimCli
{
    static SimCli()
    {
        // Relative paths in the tests (scenarios/...) are relative to the repository root, as for a user.
        Environment.CurrentDirectory = RepositoryFiles.Root;
    }

    public static string RepositoryRoot => RepositoryFiles.Root;

    public static SimOutcome Run(params string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public static async Task<SimOutcome> RunAsync(params string[] args)
    {
        var output = new TestConsole();
        var error = new TestConsole();
        var tester = new CommandAppTester(null, new CommandAppTesterSettings { TrimConsoleOutput = false }, output);
        tester.Configure(config => SimApp.Configure(config, new ErrorConsole(error, isTerminal: false), args));
        var result = await tester.RunAsync(args);
        return new SimOutcome(result.ExitCode, result.Output, error.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}

/// <summary>What a `sim` invocation printed and returned.</summary>
internal sealed record SimOutcome(int ExitCode, string Out, string Err);
