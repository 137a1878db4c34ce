using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// Why an issue failed: the kind of obstacle, the party that holds it (−1 for none), a stable key for
/// counting across runs (e.g. <c>linkage:russia.ceasefire_needs_withdrawal</c>) and a plain-language
/// explanation. The explanation is kept as a <see cref="BlockerText"/> template whose numbers name
/// their parameters, filled with this run's values; an experiment fills it with the scenario's values
/// and the sampled range instead. Key and text are each rendered on first use: a run notes many
/// obstacles but reports few, so formatting text for each would dominate the engine's time.
/// </summary>
internal sealed class Blocker
{
    private readonly IReadOnlyList<double>? _values;
    private Func<string>? _describeKey;
    private Func<string>? _describeTemplate;
    private string? _key;
    private string? _template;
    private string? _explanation;

    public Blocker(BlockerKind kind, int party, string key, string explanation)
    {
        Kind = kind;
        Party = party;
        _key = key;
        _template = explanation;
    }

    /// <param name="values">This run's parameter values, which fill the template's placeholders.</param>
    public Blocker(BlockerKind kind, int party, Func<string> key, Func<string> template, IReadOnlyList<double>? values = null)
    {
        Kind = kind;
        Party = party;
        _describeKey = key;
        _describeTemplate = template;
        _values = values;
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

    /// <summary>The explanation with this run's numbers.</summary>
    public string Explanation
    {
        get
        {
            RenderTemplate();
            return _explanation ??= _values is null ? _template! : BlockerText.Fill(_template!, _values);
        }
    }

    /// <summary>The explanation with its numbers as parameter placeholders (<see cref="BlockerText"/>).</summary>
    public string Template
    {
        get
        {
            RenderTemplate();
            return _template!;
        }
    }

    /// <summary>The value this run drew for parameter <paramref name="index"/> (one the template names).</summary>
    public double ValueOf(int index) => _values is null ? double.NaN : _values[index];

    public override string ToString() => $"{Key}: {Explanation}";

    private void RenderTemplate()
    {
        if (_describeTemplate is { } describe)
        {
            _template = describe();
            _describeTemplate = null;
        }
    }
}
