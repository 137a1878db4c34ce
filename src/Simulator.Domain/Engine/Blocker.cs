namespace Simulator.Domain.Engine;

/// <summary>
/// Why an issue failed: the kind of obstacle, the party that holds it (−1 for none), a stable key for
/// counting across runs (e.g. <c>linkage:russia.ceasefire_needs_withdrawal</c>) and a plain-language
/// explanation. Key and explanation are each rendered on first use: a run notes many obstacles but
/// reports few, and an experiment counts every failed issue's key but keeps the explanation of only
/// the first run with that key, so formatting text eagerly would dominate the engine's time.
/// </summary>
public sealed class Blocker
{
    private Func<string>? _describeKey;
    private Func<string>? _describeExplanation;
    private string? _key;
    private string? _explanation;

    public Blocker(BlockerKind kind, int party, string key, string explanation)
    {
        Kind = kind;
        Party = party;
        _key = key;
        _explanation = explanation;
    }

    public Blocker(BlockerKind kind, int party, Func<string> key, Func<string> explanation)
    {
        Kind = kind;
        Party = party;
        _describeKey = key;
        _describeExplanation = explanation;
    }

    public BlockerKind Kind { get; }

    public int Party { get; }

    public string Key
    {
        get
        {
            if (_describeKey is { } describe)
            {
                _key = describe();
                _describeKey = null;
            }

            return _key!;
        }
    }

    public string Explanation
    {
        get
        {
            if (_describeExplanation is { } describe)
            {
                _explanation = describe();
                _describeExplanation = null;
            }

            return _explanation!;
        }
    }

    public override string ToString() => $"{Key}: {Explanation}";
}
