using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>Builds the `sim` command tree; every command lives in its own file under Commands/.</summary>
public static class SimApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("sim");
            config.PropagateExceptions();
        });
        try
        {
            return await app.RunAsync(args);
        }
        catch (CommandParseException ex)
        {
            Console.Error.WriteLine($"sim: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (CommandRuntimeException ex)
        {
            Console.Error.WriteLine($"sim: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
