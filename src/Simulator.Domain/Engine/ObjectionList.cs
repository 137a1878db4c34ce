namespace Simulator.Domain.Engine;

/// <summary>
/// A growable run of <see cref="Objection"/>s that the Monte Carlo path empties every round without
/// clearing the slots (a <see cref="List{T}"/> of a struct holding a reference clears them on every
/// <c>Clear</c>); read by reference, so an objection is not copied to be looked at.
/// </summary>
internal sealed class ObjectionList
{
    private Objection[] _items = new Objection[16];

    public int Count { get; private set; }

    public ref readonly Objection this[int index] => ref _items[index];

    public void Add(in Objection objection)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = objection;
    }

    /// <summary>Empties the list; the old slots are overwritten by the next adds (what they reference lives as long as the scenario).</summary>
    public void Reset() => Count = 0;

    public List<Objection> ToList(int start, int count) => [.. _items.AsSpan(start, count)];
}
