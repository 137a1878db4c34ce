using Simulator.Cli.Execution;
using Simulator.Hosting;

namespace Simulator.Cli.Tests.Execution;

/// <summary>
/// Ctrl-C while a command (`sim play`, `sim run` and the others) opens its silo stops the command at once instead of cancelling Orleans
/// mid-start (a page of errors and a slow unwind): the cancellation is injected, the silo's start is
/// a task the test completes when it chooses.
/// </summary>
public sealed class InterruptibleConnectionTests
{
    /// <summary>Only guards against a hang; a correct open returns as soon as it is cancelled.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ctrl_c_during_the_start_stops_waiting_without_cancelling_the_start_itself()
    {
        var starting = new TaskCompletionSource<IOrleansConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = new CancellationTokenSource();

        var open = InterruptibleConnection.OpenAsync(() => starting.Task, interrupt.Token);
        Assert.False(open.IsCompleted);
        await interrupt.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => open.WaitAsync(HangGuard));
        Assert.False(starting.Task.IsCompleted);
    }

    [Fact]
    public async Task A_connection_that_opens_after_ctrl_c_is_closed_in_the_background()
    {
        var starting = new TaskCompletionSource<IOrleansConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = new CancellationTokenSource();
        var open = InterruptibleConnection.OpenAsync(() => starting.Task, interrupt.Token);
        await interrupt.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => open.WaitAsync(HangGuard));

        var late = new FakeConnection();
        starting.SetResult(late);

        await late.Disposed.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Without_ctrl_c_the_connection_is_the_command_s()
    {
        var connection = new FakeConnection();

        var opened = await InterruptibleConnection.OpenAsync(() => Task.FromResult<IOrleansConnection>(connection), CancellationToken.None);

        Assert.Same(connection, opened);
        Assert.False(connection.Disposed.IsCompleted);
    }

    [Fact]
    public async Task A_start_that_fails_reports_its_own_error()
    {
        var failing = Task.FromException<IOrleansConnection>(new InvalidOperationException("no silo"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InterruptibleConnection.OpenAsync(() => failing, CancellationToken.None));

        Assert.Equal("no silo", error.Message);
    }
}
