using Simulator.Hosting;

namespace Simulator.Cli.Play;

/// <summary>
/// Opens the Orleans connection a live session runs on without handing Ctrl-C to the silo's start.
/// Orleans cancelled mid-start logs a page of errors and takes a second or more to unwind (past the
/// grace `sim` gives a command before its watchdog ends the process), and an embedded silo holds
/// nothing worth waiting for: on Ctrl-C the command stops waiting at once, and a connection that
/// opens after that is disposed in the background while the process ends.
/// </summary>
internal static class InterruptibleConnection
{
    public static async Task<IOrleansConnection> OpenAsync(Func<Task<IOrleansConnection>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        var opening = open();
        try
        {
            return await opening.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _ = DisposeWhenOpenAsync(opening);
            throw;
        }
    }

    private static async Task DisposeWhenOpenAsync(Task<IOrleansConnection> opening)
    {
        try
        {
            await (await opening).DisposeAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or Orleans.Runtime.OrleansException)
        {
            // The start failed or was cut short by the process ending: there is nothing left to close.
        }
    }
}
