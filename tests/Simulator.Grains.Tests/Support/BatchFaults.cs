using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Tests.Support;

/// <summary>
/// Fails chosen batches of chosen experiments (on their first attempt, or on every attempt), holds
/// chosen attempts (or the first batch that reaches a chosen silo) until released, and counts every
/// attempt. Shared by every silo of a test cluster; <see cref="SiloBatchInterceptor"/> tells it
/// which silo is asking.
/// </summary>
public sealed class BatchFaults
{
    private readonly ConcurrentDictionary<string, (string Silo, HeldBatch Hold)> _siloHolds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Experiment, int From, int Attempt), HeldBatch> _holds = new();
    private readonly ConcurrentDictionary<(string Experiment, int From), bool> _failFirst = new();
    private readonly ConcurrentDictionary<(string Experiment, int From), bool> _failAlways = new();
    private readonly ConcurrentDictionary<(string Experiment, int From), int> _attempts = new();

    public void FailFirstAttempt(string experimentId, int from) => _failFirst[(experimentId, from)] = true;

    public void FailEveryAttempt(string experimentId, int from) => _failAlways[(experimentId, from)] = true;

    public int AttemptsOf(string experimentId, int from) => _attempts.GetValueOrDefault((experimentId, from));

    public IReadOnlyList<int> StartsOf(string experimentId) =>
        [.. _attempts.Keys.Where(k => k.Experiment == experimentId).Select(k => k.From).Order()];

    /// <summary>Holds the first batch of <paramref name="experimentId"/> that reaches <paramref name="silo"/> until released.</summary>
    public HeldBatch HoldFirstBatchOn(string experimentId, string silo)
    {
        var hold = new HeldBatch();
        _siloHolds[experimentId] = (silo, hold);
        return hold;
    }

    /// <summary>Holds attempt <paramref name="attempt"/> of the batch from run <paramref name="from"/> until released.</summary>
    public HeldBatch Hold(string experimentId, int from, int attempt) => _holds[(experimentId, from, attempt)] = new HeldBatch();

    public async ValueTask BeforeBatchAsync(BatchRequest request, string silo)
    {
        ArgumentNullException.ThrowIfNull(request);
        _attempts.AddOrUpdate((request.ExperimentId, request.From), 1, (_, n) => n + 1);
        if (_siloHolds.TryGetValue(request.ExperimentId, out var siloHold) && siloHold.Silo == silo
            && _siloHolds.TryRemove(new KeyValuePair<string, (string, HeldBatch)>(request.ExperimentId, siloHold)))
        {
            await siloHold.Hold.HoldAsync();
        }

        if (_holds.TryRemove((request.ExperimentId, request.From, request.Attempt), out var hold))
        {
            await hold.HoldAsync();
        }

        if ((request.Attempt == 0 && _failFirst.ContainsKey((request.ExperimentId, request.From))) || _failAlways.ContainsKey((request.ExperimentId, request.From)))
        {
            throw new InvalidOperationException($"injected failure of the batch from run {request.From}");
        }
    }
}
