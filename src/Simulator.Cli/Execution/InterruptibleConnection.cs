using Simulator.Hosting;

namespace Simulator.Cli.Execution;

/// <summary>
/// Opens the Orleans connection a command runs on without handing Ctrl-C to the silo's start.
/// Orleans cancelled mid-start logs a page of errors ("Exception during Silo.Start", "Hosting failed
/// to start") and takes a second or more to unwind (past the grace `sim` gives a command before its
/// watchdog ends the process), and an embedded silo holds nothing worth waiting for: a real Ctrl-C
/// during the start ends the process at once (<see cref="Interrupt.SiloStarting"/>); a cancelled
/// token stops the wait at once, and a connection that opens after that is disposed in the
/// background.
/// </summary>
internal static class InterruptibleConnection
{
    public static async Task<IOrleansConnection> OpenAsync(Func<Task<IOrleansConnection>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        var opening = Start(open);
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

    /// <summary>
    /// Opens the connection off the caller's thread (building a silo's host takes a few tenths of a
    /// second before its first await, and the caller must be free to stop waiting), marked as a start
    /// in flight for <see cref="Interrupt"/> until it has opened or failed (the "silo starting" phase
    /// mark is written inside that, so a signal sent on seeing it comes during the start).
    /// </summary>
    public static async Task<IOrleansConnection> Start(Func<Task<IOrleansConnection>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var starting = Interrupt.SiloStarting();
        PhaseTimer.Mark("silo starting");
        await Task.Yield();
        var connection = await open();
        PhaseTimer.Mark("silo started");
        return connection;
    }

    /// <summary>Closes a connection still opening once it has opened; a start that fails has nothing to close.</summary>
    public static async Task DisposeWhenOpenAsync(Task<IOrleansConnection> opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        IOrleansConnection connection;
        try
        {
            connection = await opening;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The start failed (its error, if anyone waited, was reported there) or was cut short by the process ending.
            return;
        }

        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or Orleans.Runtime.OrleansException)
        {
            // The process is ending under it: there is nothing left to close.
        }
    }
}
