using Microsoft.Extensions.Time.Testing;
using Simulator.Cli.Play;

namespace Simulator.Cli.Tests.Play;

/// <summary>
/// Keys typed by a scripted person, with pauses that move a <see cref="FakeTimeProvider"/> on (so a
/// deadline can pass without any test waiting for it). After the script, the input ends.
/// </summary>
internal sealed class ScriptedPlayInput(FakeTimeProvider time) : IPlayInput
{
    private readonly Queue<Func<CancellationToken, ConsoleKeyInfo?>> _steps = new();

    /// <summary>Keys read so far (the command asked for a key this many times and got one).</summary>
    public int KeysRead { get; private set; }

    /// <summary>Types <paramref name="line"/> and Enter.</summary>
    public ScriptedPlayInput Line(string line)
    {
        foreach (var c in line)
        {
            _steps.Enqueue(_ => new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false));
        }

        _steps.Enqueue(_ => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
        return this;
    }

    /// <summary>The same line <paramref name="count"/> times.</summary>
    public ScriptedPlayInput Lines(string line, int count)
    {
        for (var k = 0; k < count; k++)
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Types nothing for <paramref name="pause"/> of (fake) time.</summary>
    public ScriptedPlayInput Pause(TimeSpan pause)
    {
        _steps.Enqueue(_ =>
        {
            time.Advance(pause);
            return null;
        });
        return this;
    }

    /// <summary>Runs <paramref name="action"/> (a Ctrl-C, say) when the script reaches this point.</summary>
    public ScriptedPlayInput Then(Action action)
    {
        _steps.Enqueue(_ =>
        {
            action();
            return null;
        });
        return this;
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        // Bounded by the script's length: every pass takes one step off the queue.
        while (_steps.TryDequeue(out var step))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = step(cancellationToken);
            if (key is not null)
            {
                KeysRead++;
                return Task.FromResult(key);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return Task.FromResult<ConsoleKeyInfo?>(null);
    }
}
