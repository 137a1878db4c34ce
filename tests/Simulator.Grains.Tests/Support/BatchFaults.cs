using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Tests.Support;

/// <summary>
/// Fails chosen batches of chosen experiments on their first attempt, holds the first batch that
/// reaches a chosen silo until released, and counts every attempt. Shared by every silo of a test
/// cluster; <see cref="SiloBatchInterceptor"/> tells it which silo is asking.
/// </summary>
public sealed class BatchFaults
{
    private readonly ConcurrentDictionary<string, HeldBatch> _holds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Experiment, int From), bool> _failFirst = new();
    private readonly ConcurrentDictionary<(string Experiment, int From), int> _attempts = new();

    public void FailFirstAttempt(string experimentId, int from) => _failFirst[(experimentId, from)] = true;

    public int AttemptsOf(string experimentId, int from) => _attempts.GetValueOrDefault((experimentId, from));

    public IReadOnlyList<int> StartsOf(string experimentId) =>
        [.. _attempts.Keys.Where(k => k.Experiment == experimentId).Select(k => k.From).Order()];

    /// <summary>Makes the first batch of <paramref name="experimentId"/> that runs on <paramref name="silo"/> wait until released.</summary>
    public HeldBatch HoldFirstBatchOn(string experimentId, string silo) => _holds[experimentId] = new HeldBatch(silo);

    public void BeforeBatch(BatchRequest request, string silo)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_holds.TryGetValue(request.ExperimentId, out var hold))
        {
            hold.WaitIfFirstOn(silo);
        }

        _attempts.AddOrUpdate((request.ExperimentId, request.From), 1, (_, n) => n + 1);
        if (request.Attempt == 0 && _failFirst.ContainsKey((request.ExperimentId, request.From)))
        {
            throw new InvalidOperationException($"injected failure of the batch from run {request.From}");
        }
    }
}
