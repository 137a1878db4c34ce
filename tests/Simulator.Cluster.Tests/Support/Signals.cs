using System.Runtime.InteropServices;

namespace Simulator.Cluster.Tests.Support;

/// <summary>Sends a POSIX signal to one process by its id (SIGTERM for a graceful stop; Process.Kill is SIGKILL).</summary>
internal static partial class Signals
{
    public const int SigTerm = 15;

    public static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
