using Simulator.Cli.Execution;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Hosting;

namespace Simulator.Cli.Tests.Execution;

/// <summary>
/// Ctrl-C while the backend of `sim run`, `sweep`, `compare` and the others starts its silo: the
/// experiment stops waiting at once, the start is left to finish (never cancelled: Orleans cancelled
/// mid-start logs pages of errors), and the backend closes the connection once it has opened. The
/// start is a task the test completes when it chooses.
/// </summary>
public sealed class OrleansBackendInterruptTests
{
    /// <summary>Only guards against a hang; the waits below end as soon as what they wait for happens.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly Lazy<ExperimentRequest> Request = new(() =>
    {
        var resolved = ScenarioLoader.LoadResolved(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));
        return new ExperimentRequest(CompiledScenario.Compile(resolved.Scenario), resolved.Snapshot, resolved.Overrides, 100, 1);
    });

    [Fact]
    public async Task Ctrl_c_during_the_start_stops_the_experiment_and_the_backend_closes_the_silo_once_it_has_started()
    {
        var starting = new TaskCompletionSource<IOrleansConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        var opens = 0;
        var backend = new OrleansBackend(() => { opens++; return starting.Task; }, embedded: true);
        backend.StartEarly();
        using var interrupt = new CancellationTokenSource();
        var run = backend.RunAsync(Request.Value, new Progress<int>(), interrupt.Token);

        await interrupt.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(HangGuard));
        await backend.DisposeAsync().AsTask().WaitAsync(HangGuard);

        Assert.False(starting.Task.IsCompleted);
        Assert.Equal(1, opens);
        var late = new FakeConnection();
        starting.SetResult(late);
        await late.Disposed.WaitAsync(HangGuard);
    }
}
