using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>The list of `sim` commands, one line each.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        _ = config;
    }
}
