using System.Runtime.InteropServices;

namespace Simulator.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for the whole `sim` process. The first signal cancels the token every
/// command receives, so experiments stop, the embedded silo shuts down and nothing is written (result
/// files are only ever moved into place once complete). A command that does not return within
/// <see cref="Grace"/> of the signal (a long synchronous computation with no cancellation point),
/// or a second Ctrl-C, ends the process with exit code 130 at once.
/// </summary>
public sealed class Interrupt : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private Timer? _watchdog;
    private int _signals;

    private Interrupt()
    {
    }

    public CancellationToken Token => _cancellation.Token;

    public bool Requested => _cancellation.IsCancellationRequested;

    public static Interrupt Install()
    {
        var interrupt = new Interrupt();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interrupt._registrations.Add(PosixSignalRegistration.Create(signal, interrupt.OnSignal));
        }

        return interrupt;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _watchdog?.Dispose();
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Handle the signal ourselves: the runtime's default would end the process without cleanup.
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) > 1)
        {
            Exit();
        }

        Console.Error.WriteLine("sim: interrupted; stopping (nothing is written). Press Ctrl-C again to quit at once.");
        _watchdog = new Timer(_ => Exit(), null, Grace, Timeout.InfiniteTimeSpan);
        _cancellation.Cancel();
    }

    private static void Exit()
    {
        Console.Error.WriteLine("sim: interrupted.");
        Environment.Exit(ExitCodes.Interrupted);
    }
}
