namespace Simulator.Grains.Tests.Support;

/// <summary>
/// One attempt of a batch held before it runs: <see cref="Reached"/> completes when it arrives; it
/// waits, without blocking a silo thread, until <see cref="Release"/>, and then runs normally. So a
/// held batch answers unless something (a killed silo) stops it: a test that forgets the kill fails.
/// </summary>
public sealed class HeldBatch
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async ValueTask HoldAsync()
    {
        _reached.TrySetResult();
        await _released.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }
}
