using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>
/// A progress bar with runs per second and time left, drawn on standard error when it is a
/// terminal, so that piped output (JSON, CSV) stays clean. Without a terminal: no bar.
/// </summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(ErrorConsole errors, int total, Func<IProgress<int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(work);
        if (!errors.IsTerminal || total < 1)
        {
            return await work(new Progress<int>(_ => { }));
        }

        var console = errors.Console;
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("runs", maxValue: total);
                var latest = 0;
                var reporter = new SynchronousProgress(done => Interlocked.Exchange(ref latest, Math.Max(latest, done)));
                var running = work(reporter);
                while (!running.IsCompleted)
                {
                    task.Value = Volatile.Read(ref latest);
                    await Task.WhenAny(running, Task.Delay(100));
                }

                task.Value = total;
                result = await running;
            });
        return result;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to a context and lag behind).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>Runs completed per second.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} runs/s" : "-", new Style(Color.Grey));
    }
}
