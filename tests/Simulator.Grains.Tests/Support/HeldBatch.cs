namespace Simulator.Grains.Tests.Support;

/// <summary>
/// A batch held on one silo: <see cref="Reached"/> completes when it arrives; it waits (bounded) until
/// <see cref="Release"/> and then fails, as work on a silo that is being killed is lost.
/// </summary>
public sealed class HeldBatch(string silo)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _released = new(false);
    private int _taken;

    public Task Reached => _reached.Task;

    public void Release() => _released.Set();

    internal void WaitIfFirstOn(string runningOn)
    {
        if (runningOn != silo || Interlocked.Exchange(ref _taken, 1) == 1)
        {
            return;
        }

        _reached.TrySetResult();
        _released.Wait(TimeSpan.FromSeconds(30));
        throw new InvalidOperationException("the silo running this batch was killed");
    }
}
