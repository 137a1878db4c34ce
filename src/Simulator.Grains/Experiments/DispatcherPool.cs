using Simulator.Contracts.Experiments;

namespace Simulator.Grains.Experiments;

/// <summary>
/// The active silos' batch dispatchers, each with a bounded number of batches in flight, handed out
/// round robin. A silo whose call failed is left out for the rest of the experiment, unless every
/// silo has failed, in which case membership is read afresh.
/// </summary>
internal sealed class DispatcherPool
{
    private readonly IClusterMembershipService _membership;
    private readonly IGrainFactory _grains;
    private readonly int _window;
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private List<string> _silos = [];
    private int _next;

    public DispatcherPool(IClusterMembershipService membership, IGrainFactory grains, int window)
    {
        _membership = membership;
        _grains = grains;
        _window = Math.Max(1, window);
        Refresh();
    }

    public int Count => _silos.Count;

    public bool TryTake(out string silo, out IBatchDispatcherGrain dispatcher)
    {
        for (var k = 0; k < _silos.Count; k++)
        {
            var candidate = _silos[(_next + k) % _silos.Count];
            if (_inFlight.GetValueOrDefault(candidate) < _window)
            {
                _next = (_next + k + 1) % _silos.Count;
                _inFlight[candidate] = _inFlight.GetValueOrDefault(candidate) + 1;
                silo = candidate;
                dispatcher = _grains.GetGrain<IBatchDispatcherGrain>(candidate);
                return true;
            }
        }

        silo = string.Empty;
        dispatcher = null!;
        return false;
    }

    public void Release(string silo) => _inFlight[silo] = Math.Max(0, _inFlight.GetValueOrDefault(silo) - 1);

    public void Fail(string silo)
    {
        Release(silo);
        _failed.Add(silo);
        Refresh();
    }

    private void Refresh()
    {
        var active = _membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress.ToParsableString())
            .Order(StringComparer.Ordinal)
            .ToList();
        var healthy = active.Where(s => !_failed.Contains(s)).ToList();
        if (healthy.Count == 0)
        {
            _failed.Clear();
            healthy = active;
        }

        _silos = healthy;
        _next = _silos.Count == 0 ? 0 : _next % _silos.Count;
    }
}
