using System.Diagnostics;
using System.Globalization;

namespace Simulator.Cli.Execution;

/// <summary>
/// With SIM_TIMING=1 in the environment, writes one line to standard error at each phase of a
/// command (silo started, experiment done, silo stopped, ...): the wall time and the process' CPU
/// time since the process started, the bytes allocated so far, the garbage collections of each
/// generation and the methods JIT-compiled so far (what ReadyToRun images save). For finding where an end-to-end run's time goes; silent otherwise.
/// </summary>
public static class PhaseTimer
{
    public const string Variable = "SIM_TIMING";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        using var self = Process.GetCurrentProcess();
        var wall = DateTime.Now - self.StartTime;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {phase,-24} wall {wall.TotalSeconds,7:0.000} s  cpu {self.TotalProcessorTime.TotalSeconds,7:0.000} s  alloc {GC.GetTotalAllocatedBytes() / 1e6,8:0.0} MB  gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}  gc pause {GC.GetTotalPauseDuration().TotalMilliseconds,5:0} ms  jit {System.Runtime.JitInfo.GetCompiledMethodCount(),6} ({System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms)"));
    }
}
