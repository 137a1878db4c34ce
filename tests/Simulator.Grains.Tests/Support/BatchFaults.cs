using System.Collections.Concurrent;
using Simulator.Contracts.Experiments;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Tests.Support;

/// <summary>Fails chosen batches of chosen experiments on their first attempt, and counts every attempt.</summary>
public sealed class BatchFaults : IBatchInterceptor
{
    private readonly ConcurrentDictionary<(string Experiment, int From), bool> _failFirst = new();
    private readonly ConcurrentDictionary<(string Experiment, int From), int> _attempts = new();

    public void FailFirstAttempt(string experimentId, int from) => _failFirst[(experimentId, from)] = true;

    public int AttemptsOf(string experimentId, int from) => _attempts.GetValueOrDefault((experimentId, from));

    public IReadOnlyList<int> StartsOf(string experimentId) =>
        [.. _attempts.Keys.Where(k => k.Experiment == experimentId).Select(k => k.From).Order()];

    public void BeforeBatch(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _attempts.AddOrUpdate((request.ExperimentId, request.From), 1, (_, n) => n + 1);
        if (request.Attempt == 0 && _failFirst.ContainsKey((request.ExperimentId, request.From)))
        {
            throw new InvalidOperationException($"injected failure of the batch from run {request.From}");
        }
    }
}
