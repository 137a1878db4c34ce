using Microsoft.Extensions.Time.Testing;
using Simulator.Cli.Output;
using Simulator.Cli.Play;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Simulator.Cli.Tests.Play;

/// <summary>Runs `sim play` in-process with a scripted person at the keyboard and a fake clock.</summary>
internal sealed class PlayHarness
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 5, 16, 10, 0, 0, TimeSpan.Zero));

    public ScriptedPlayInput Input { get; }

    public CancellationTokenSource Interrupt { get; } = new();

    public PlayHarness() => Input = new ScriptedPlayInput(Time);

    public async Task<SimOutcome> RunAsync(params string[] args)
    {
        _ = SimCli.RepositoryRoot;
        var output = new TestConsole();
        var error = new TestConsole();
        var tester = new CommandAppTester(null, new CommandAppTesterSettings { TrimConsoleOutput = false }, output);
        tester.Configure(config =>
        {
            SimApp.Configure(config, new ErrorConsole(error, isTerminal: false), args);
            config.Settings.Registrar.RegisterInstance<IPlayInput>(Input);
            config.Settings.Registrar.RegisterInstance<TimeProvider>(Time);
        });
        var result = await tester.RunAsync(args, Interrupt.Token);
        return new SimOutcome(result.ExitCode, result.Output, error.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
