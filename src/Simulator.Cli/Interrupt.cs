using System.Runtime.InteropServices;

namespace Simulator.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for the whole `sim` process. The first signal cancels the token every
/// command receives, so experiments stop, the embedded silo shuts down and nothing is written (result
/// files are only ever moved into place once complete). A command that does not return within
/// <see cref="Grace"/> of the signal (a long synchronous computation with no cancellation point),
/// or a second Ctrl-C, ends the process with exit code 130 at once; so does a signal while an
/// Orleans connection is still opening (<see cref="SiloStarting"/>).
/// </summary>
public sealed class Interrupt : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static int _announced;
    private static int _startsInFlight;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private Timer? _watchdog;
    private int _signals;

    private Interrupt()
    {
    }

    public CancellationToken Token => _cancellation.Token;

    public bool Requested => _cancellation.IsCancellationRequested;

    /// <summary>Has a signal's line been written to standard error (so a command stopped by it need not write another)?</summary>
    public static bool Announced => Volatile.Read(ref _announced) == 1;

    public static Interrupt Install()
    {
        var interrupt = new Interrupt();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interrupt._registrations.Add(PosixSignalRegistration.Create(signal, interrupt.OnSignal));
        }

        return interrupt;
    }

    /// <summary>
    /// Marks an Orleans start (an embedded silo, or a client connecting) in flight until disposed: a
    /// signal meanwhile ends the process at once. Nothing is written before a command's silo is up,
    /// and a start cut short logs pages of Orleans errors, whoever cuts it: the command's token, or
    /// the silo host's own console lifetime, which stops its host on the same signal. Our handler is
    /// registered before any host's (at the process's start), so it runs first and the host's never does.
    /// </summary>
    public static IDisposable SiloStarting()
    {
        Interlocked.Increment(ref _startsInFlight);
        return new StartScope();
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
            Exit("sim: interrupted.");
        }

        if (Volatile.Read(ref _startsInFlight) > 0)
        {
            Exit("sim: interrupted while the silo was starting; nothing was written.");
        }

        Console.Error.WriteLine("sim: interrupted; stopping (nothing is written). Press Ctrl-C again to quit at once.");
        Volatile.Write(ref _announced, 1);
        _watchdog = new Timer(_ => Exit("sim: interrupted."), null, Grace, Timeout.InfiniteTimeSpan);
        _cancellation.Cancel();
    }

    private static void Exit(string line)
    {
        Console.Error.WriteLine(line);
        Environment.Exit(ExitCodes.Interrupted);
    }

    private sealed class StartScope : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref _startsInFlight);
            }
        }
    }
}
