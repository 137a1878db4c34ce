namespace Simulator.Domain.Engine;

/// <summary>
/// A growable run of <see cref="RoundObjection"/>s that the Monte Carlo path empties every round
/// without clearing the slots; read by reference, so an objection is not copied to be looked at.
/// </summary>
internal sealed class ObjectionList
{
    private RoundObjection[] _items = new RoundObjection[16];

    public int Count { get; private set; }

    public ref readonly RoundObjection this[int index] => ref _items[index];

    public void Add(in RoundObjection objection)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = objection;
    }

    /// <summary>Empties the list; the old slots are overwritten by the next adds.</summary>
    public void Reset() => Count = 0;

    /// <summary>Objections [start, start + count) as the public type, linkages resolved in <paramref name="scenario"/>.</summary>
    public List<Objection> ToList(CompiledScenario scenario, int start, int count)
    {
        var list = new List<Objection>(count);
        for (var k = start; k < start + count; k++)
        {
            list.Add(_items[k].ToObjection(scenario));
        }

        return list;
    }
}
