namespace Simulator.Cli.Execution;

/// <summary>
/// Whether the command runs in the `sim` process itself (set once by <see cref="SimApp.RunAsync"/>),
/// which exits as soon as the command returns. An embedded silo is then left to the process's exit
/// rather than stopped (<see cref="Hosting.SimulatorSiloOptions.StopOnDispose"/>); a command run
/// in-process by a test, which goes on to run others, still stops its silo.
/// </summary>
public static class CommandProcess
{
    public static bool ExitsAfterCommand { get; set; }
}
