namespace Simulator.Grains.Experiments;

/// <summary>The batches still to run (lowest index first, re-runs ahead of new work) and how often each has been tried.</summary>
internal sealed class BatchPlan
{
    private readonly LinkedList<int> _pending = new();
    private readonly int[] _attempts;

    /// <param name="counted">Batches already counted (from a checkpoint), which are not run again; null for none.</param>
    public BatchPlan(int batches, bool[]? counted = null)
    {
        _attempts = new int[batches];
        for (var b = 0; b < batches; b++)
        {
            if (counted is null || !counted[b])
            {
                _pending.AddLast(b);
            }
        }
    }

    public bool TryPeek(out int batch)
    {
        batch = _pending.First?.Value ?? -1;
        return _pending.First is not null;
    }

    public void Dequeue() => _pending.RemoveFirst();

    public int Attempts(int batch) => _attempts[batch];

    public void Retry(int batch)
    {
        _attempts[batch]++;
        _pending.AddFirst(batch);
    }
}
