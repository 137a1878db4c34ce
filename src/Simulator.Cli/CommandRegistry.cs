using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>The list of `sim` commands, one line each.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<Commands.ValidateCommand>("validate").WithDescription("Check scenario files: YAML, schema and semantics.");
        config.AddCommand<Commands.ShowCommand>("show").WithDescription("Show a scenario: parties x issues, zones of agreement, --explain PATH.");
    }
}
