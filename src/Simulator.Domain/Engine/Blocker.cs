namespace Simulator.Domain.Engine;

/// <summary>
/// Why an issue failed: the kind of obstacle, the party that holds it (−1 for none), a stable key for
/// counting across runs (e.g. <c>linkage:russia.ceasefire_needs_withdrawal</c>) and a plain-language
/// explanation. Key and explanation are rendered on first use: a run notes many obstacles but
/// reports few, so formatting text for each would dominate the engine's time.
/// </summary>
public sealed class Blocker
{
    private Func<(string Key, string Explanation)>? _describe;
    private string? _key;
    private string? _explanation;

    public Blocker(BlockerKind kind, int party, string key, string explanation)
    {
        Kind = kind;
        Party = party;
        _key = key;
        _explanation = explanation;
    }

    public Blocker(BlockerKind kind, int party, Func<(string Key, string Explanation)> describe)
    {
        Kind = kind;
        Party = party;
        _describe = describe;
    }

    public BlockerKind Kind { get; }

    public int Party { get; }

    public string Key
    {
        get
        {
            Render();
            return _key!;
        }
    }

    public string Explanation
    {
        get
        {
            Render();
            return _explanation!;
        }
    }

    public override string ToString() => $"{Key}: {Explanation}";

    private void Render()
    {
        if (_describe is { } describe)
        {
            (_key, _explanation) = describe();
            _describe = null;
        }
    }
}
