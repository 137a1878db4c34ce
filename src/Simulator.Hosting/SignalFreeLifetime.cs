using Microsoft.Extensions.Hosting;

namespace Simulator.Hosting;

/// <summary>
/// The embedded silo's host lifetime: it neither listens for Ctrl-C or SIGTERM nor stops the host on
/// them. The process that co-hosts the silo owns its signals (`sim` stops its command and exits with
/// code 130); the default console lifetime would, on the same signal, also stop the host behind the
/// command's back, cancelling a start in flight with pages of Orleans errors.
/// </summary>
internal sealed class SignalFreeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
