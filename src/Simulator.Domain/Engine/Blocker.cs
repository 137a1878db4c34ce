namespace Simulator.Domain.Engine;

/// <summary>
/// Why an issue failed: the kind of obstacle, the party that holds it (−1 for none), a stable key for
/// counting across runs (e.g. <c>linkage:russia.ceasefire_needs_withdrawal</c>) and a plain-language
/// explanation. The explanation is kept as a <see cref="BlockerText"/> template whose numbers name
/// their parameters, filled with this run's values; an experiment fills it with the scenario's values
/// and the sampled range instead. Key and text are rendered from a <see cref="BlockerRecipe"/> on
/// first use: a run notes many obstacles but reports few, and an experiment renders each distinct
/// blocker's text once, not once per run.
/// </summary>
public sealed class Blocker
{
    private readonly CompiledScenario? _scenario;
    private readonly BlockerRecipe _recipe;
    private readonly IReadOnlyList<double>? _values;
    private string? _key;
    private string? _template;
    private string? _explanation;

    public Blocker(BlockerKind kind, int party, string key, string explanation)
    {
        Kind = kind;
        Party = party;
        _key = key;
        _template = explanation;
        _recipe = new BlockerRecipe(BlockerForm.Fixed);
    }

    /// <param name="values">This run's parameter values, which fill the template's placeholders.</param>
    internal Blocker(BlockerKind kind, int party, CompiledScenario scenario, in BlockerRecipe recipe, IReadOnlyList<double>? values = null)
    {
        Kind = kind;
        Party = party;
        _scenario = scenario;
        _recipe = recipe;
        _values = values;
    }

    public BlockerKind Kind { get; }

    public int Party { get; }

    public string Key => _key ??= Blockers.RenderKey(_scenario!, _recipe);

    /// <summary>The explanation with this run's numbers.</summary>
    public string Explanation => _explanation ??= _values is null ? Template : BlockerText.Fill(Template, _values);

    /// <summary>The explanation with its numbers as parameter placeholders (<see cref="BlockerText"/>).</summary>
    public string Template => _template ??= Blockers.RenderTemplate(_scenario!, _recipe, _values!);

    /// <summary>Equal for blockers whose keys are rendered from the same parts (see <see cref="BlockerKeyId"/>).</summary>
    internal BlockerKeyId KeyId => _recipe.Form == BlockerForm.Fixed
        ? new BlockerKeyId(BlockerForm.Fixed, -1, -1, -1, -1, -1, _key)
        : _recipe.KeyId;

    /// <summary>The value this run drew for parameter <paramref name="index"/> (one the template names).</summary>
    public double ValueOf(int index) => _values is null ? double.NaN : _values[index];

    /// <summary>
    /// Adds to <paramref name="into"/> the parameter indices the template names (what
    /// <see cref="BlockerText.Parameters"/> of <see cref="Template"/> finds, possibly repeated),
    /// without rendering it.
    /// </summary>
    internal void CollectParameters(List<int> into)
    {
        if (_recipe.Form == BlockerForm.Fixed)
        {
            if (_template!.Contains("{#", StringComparison.Ordinal))
            {
                into.AddRange(BlockerText.Parameters(_template));
            }

            return;
        }

        Blockers.CollectParameters(_scenario!, _recipe, _values!, into);
    }

    public override string ToString() => $"{Key}: {Explanation}";
}
