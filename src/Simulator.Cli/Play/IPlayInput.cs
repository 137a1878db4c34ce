namespace Simulator.Cli.Play;

/// <summary>
/// Where `sim play` reads what the people at the terminal type, one key at a time, so that a prompt
/// can redraw its countdown between keys (and tests can script the keys and the time between them).
/// </summary>
public interface IPlayInput
{
    /// <summary>The next key typed; null at the end of input. Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled first, losing no key.</summary>
    Task<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken);
}
