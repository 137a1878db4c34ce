using Spectre.Console;

namespace Simulator.Cli.Play;

/// <summary>
/// The terminal's keys through the console's own input (Spectre's <see cref="IAnsiConsoleInput"/>);
/// when standard input is redirected (a pipe, a file), its lines, each ending in Enter. A line read
/// that outlives a prompt's deadline is kept for the next prompt rather than dropped.
/// </summary>
public sealed class ConsolePlayInput(IAnsiConsole console) : IPlayInput
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private Task<string?>? _pendingLine;
    private string? _line;
    private int _position;

    public async Task<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        if (!Console.IsInputRedirected)
        {
            // Spectre reads keys only on a console it judges interactive; with standard error sent to a
            // file (`2> log.txt`) the keyboard is still there, so read it directly.
            var key = console.Profile.Capabilities.Interactive
                ? await console.Input.ReadKeyAsync(intercept: true, cancellationToken)
                : await ReadTerminalKeyAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return key;
        }

        if (_line is null)
        {
            // A console line read cannot be cancelled: it runs on its own and the prompt stops waiting for it.
            _pendingLine ??= Task.Run(Console.In.ReadLine, CancellationToken.None);
            _line = await _pendingLine.WaitAsync(cancellationToken);
            _pendingLine = null;
            _position = 0;
            if (_line is null)
            {
                return null;
            }
        }

        if (_position < _line.Length)
        {
            var c = _line[_position++];
            return new ConsoleKeyInfo(c, ConsoleKey.NoName, shift: false, alt: false, control: false);
        }

        _line = null;
        return new ConsoleKeyInfo('\r', ConsoleKey.Enter, shift: false, alt: false, control: false);
    }

    /// <summary>The next key from the terminal, polled (as Spectre's own input does) so that a cancellation ends the wait.</summary>
    private static async Task<ConsoleKeyInfo?> ReadTerminalKeyAsync(CancellationToken cancellationToken)
    {
        // Ends with a key or with the caller's cancellation: the countdown's next tick, the deadline or Ctrl-C.
        while (!Console.KeyAvailable)
        {
            await Task.Delay(PollInterval, cancellationToken);
        }

        return Console.ReadKey(intercept: true);
    }
}
