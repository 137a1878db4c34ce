using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Simulator.Cli.Play;

/// <summary>
/// Asks one question at the terminal and reads the answer key by key until Enter or the deadline,
/// with the seconds left beside the question. On a terminal that takes cursor codes the line is
/// redrawn each second (a live countdown); elsewhere (a pipe, a test console) the time left is
/// written once, when the question is asked.
/// </summary>
internal sealed class TimedPrompt(IAnsiConsole console, IPlayInput input, TimeProvider time)
{
    /// <summary>Keys and clock ticks one prompt takes at most (a deadline is at most an hour of one-second ticks).</summary>
    private const int MaxSteps = 100_000;

    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly bool _live = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.Interactive;

    public TimeProvider Time => time;

    public IAnsiConsole Console => console;

    /// <summary>The line typed, with no deadline (Enter between rounds).</summary>
    public Task<PromptReply> AskAsync(string question, CancellationToken cancellationToken) =>
        AskAsync(question, null, cancellationToken);

    /// <summary>The line typed before <paramref name="deadline"/>; <see cref="PromptReply.Expired"/> when it passes first.</summary>
    public async Task<PromptReply> AskAsync(string question, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var typed = new StringBuilder();
        Draw(question, deadline, typed);
        for (var step = 0; step < MaxSteps; step++)
        {
            var left = deadline is { } until ? until - time.GetUtcNow() : Timeout.InfiniteTimeSpan;
            if (deadline is not null && left <= TimeSpan.Zero)
            {
                console.WriteLine();
                console.MarkupLine("  [dim]time is up.[/]");
                return PromptReply.Expired;
            }

            ConsoleKeyInfo? key;
            using (var tick = new CancellationTokenSource(deadline is null ? Timeout.InfiniteTimeSpan : UntilNextSecond(left), time))
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, tick.Token))
            {
                try
                {
                    key = await input.ReadKeyAsync(either.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    if (_live)
                    {
                        Draw(question, deadline, typed);
                    }

                    continue;
                }
            }

            switch (key)
            {
                case null:
                    console.WriteLine();
                    return PromptReply.EndOfInput;
                case { Key: ConsoleKey.Enter } or { KeyChar: '\r' or '\n' }:
                    // Where keys are not echoed as typed, the answer is echoed whole, so the screen (and a log) shows it.
                    console.WriteLine(_live ? "" : typed.ToString());
                    return new PromptReply(typed.ToString(), TimedOut: false);
                case { Key: ConsoleKey.Backspace }:
                    if (typed.Length > 0)
                    {
                        typed.Length--;
                        Draw(question, deadline, typed);
                    }

                    break;
                case { KeyChar: var c } when !char.IsControl(c):
                    typed.Append(c);
                    if (_live)
                    {
                        console.Write(c.ToString());
                    }

                    break;
            }
        }

        return PromptReply.Expired;
    }

    /// <summary>Wakes when the whole seconds shown change, so the countdown steps 120, 119, …</summary>
    private static TimeSpan UntilNextSecond(TimeSpan left)
    {
        var fraction = TimeSpan.FromTicks(left.Ticks % Tick.Ticks);
        return fraction > TimeSpan.Zero ? fraction : Tick;
    }

    private void Draw(string question, DateTimeOffset? deadline, StringBuilder typed)
    {
        if (_live)
        {
            // Back to the start of the line and clear it, then the question, the time left and what is typed so far.
            console.Write(new ControlCode("\r\u001b[2K"));
        }

        console.Markup($"{question} [dim](q quits)[/] ");
        if (deadline is { } until)
        {
            var seconds = Math.Max(0, (int)Math.Ceiling((until - time.GetUtcNow()).TotalSeconds));
            console.Markup($"[yellow]{seconds.ToString(CultureInfo.InvariantCulture)} s left[/] ");
        }

        if (_live)
        {
            console.Write(typed.ToString());
        }
    }
}
