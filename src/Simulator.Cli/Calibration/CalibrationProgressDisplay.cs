using Simulator.Cli.Output;
using System.Globalization;
using Simulator.Domain.Calibration;
using Spectre.Console;

namespace Simulator.Cli.Calibration;

/// <summary>
/// The calibration's progress bar on standard error (only when it is a terminal): runs done, the
/// acceptance so far, runs per second and time left.
/// </summary>
internal static class CalibrationProgressDisplay
{
    public static async Task<T> RunAsync<T>(ErrorConsole errors, long total, Func<IProgress<CalibrationProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(work);
        if (!errors.IsTerminal)
        {
            return await work(new Reporter(_ => { }));
        }

        var console = errors.Console;
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("runs", maxValue: total);
                var latest = new CalibrationProgress(0, 0);
                var gate = new object();
                var reporter = new Reporter(p =>
                {
                    lock (gate)
                    {
                        if (p.Done > latest.Done)
                        {
                            latest = p;
                        }
                    }
                });
                var running = work(reporter);
                while (!running.IsCompleted)
                {
                    CalibrationProgress now;
                    lock (gate)
                    {
                        now = latest;
                    }

                    task.Value = now.Done;
                    task.Description = Describe(now, task.Speed);
                    await Task.WhenAny(running, Task.Delay(150));
                }

                result = await running;
                task.Value = total;
            });
        return result;
    }

    private static string Describe(CalibrationProgress p, double? speed)
    {
        var rate = p.Done == 0 ? "-" : CalibrationResult.Pct((double)p.Accepted / p.Done, 1);
        var perSecond = speed is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:N0} runs/s") : "- runs/s";
        return ConsoleText.Markup(string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0} runs, {p.Accepted:N0} accepted ({rate}), {perSecond}"));
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to a context and lag behind).</summary>
    private sealed class Reporter(Action<CalibrationProgress> report) : IProgress<CalibrationProgress>
    {
        public void Report(CalibrationProgress value) => report(value);
    }
}
