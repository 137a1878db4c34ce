using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// Every numeric parameter of a scenario in one flat array, addressed by index (fast in a run) or
/// by path (the `--set` and timeline path). A run copies <see cref="BaseValues"/>, samples the
/// uncertain entries and lets timeline events overwrite entries by index.
/// </summary>
public sealed class ParameterTable
{
    private readonly Dictionary<string, int> _indexByPath;

    // The base values and the uncertain parameters as arrays, for the sampler's loop over every run
    // (no interface calls or enumerators there).
    private readonly double[] _baseValues;
    private readonly int[] _uncertain;
    private readonly Uncertainty[] _uncertainties;

    public ParameterTable(IEnumerable<Parameter> parameters)
    {
        Parameters = [.. parameters];
        _indexByPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Parameters.Count; i++)
        {
            _indexByPath.TryAdd(Parameters[i].Path, i);
        }

        _baseValues = [.. Parameters.Select(p => p.Value)];
        BaseValues = Array.AsReadOnly(_baseValues);
        _uncertain = [.. Enumerable.Range(0, Parameters.Count).Where(i => Parameters[i].IsUncertain)];
        UncertainIndices = Array.AsReadOnly(_uncertain);
        _uncertainties = [.. _uncertain.Select(i => Parameters[i].Uncertainty!)];
    }

    public IReadOnlyList<Parameter> Parameters { get; }

    public IReadOnlyList<double> BaseValues { get; }

    /// <summary>Indices of the parameters Monte Carlo draws, in document order.</summary>
    public IReadOnlyList<int> UncertainIndices { get; }

    public int Count => Parameters.Count;

    /// <summary>The index of the parameter at <paramref name="path"/>, or -1.</summary>
    public int IndexOf(string path) => _indexByPath.TryGetValue(path, out var i) ? i : -1;

    public int IndexOf(Parameter? parameter) => parameter is null ? -1 : IndexOf(parameter.Path);

    public double[] CopyBaseValues() => (double[])_baseValues.Clone();

    /// <summary>Writes the base values into <paramref name="into"/> (a run's buffer, reused).</summary>
    internal void CopyBaseValuesTo(double[] into) => _baseValues.CopyTo(into, 0);

    /// <summary><see cref="UncertainIndices"/> as a span.</summary>
    internal ReadOnlySpan<int> UncertainSpan => _uncertain;

    /// <summary>The uncertainty of each of <see cref="UncertainIndices"/>, in the same order.</summary>
    internal ReadOnlySpan<Uncertainty> Uncertainties => _uncertainties;
}
