namespace Simulator.Domain.Engine;

/// <summary>
/// One run's party × issue values read once into flat arrays (slot <c>party × issues + issue</c>), so
/// the drafter and the evaluator, which read them for every principal, item and round, index one
/// array instead of going through a party's index arrays into the value array. Read again by
/// <see cref="Refresh"/> whenever the values change (a new run, an event). Every entry is computed
/// exactly as the readers computed it before, so results are bit for bit the same.
/// </summary>
internal sealed class RunPartyValues
{
    // The parties whose rows are read (the others stay zero).
    private readonly int[] _rows;

    /// <param name="principalsOnly">Whether to read the principals' rows only: a session reads nobody else's.</param>
    public RunPartyValues(CompiledScenario scenario, bool principalsOnly = false)
    {
        _rows = principalsOnly ? scenario.Principals : [.. Enumerable.Range(0, scenario.Parties.Length)];
        Issues = scenario.IssueCount;
        var slots = scenario.Parties.Length * Issues;
        Position = new double[slots];
        Salience = new double[slots];
        Weighs = new bool[slots];
        DraftWeight = new double[slots];
        LowestAllowed = new double[slots];
        HighestAllowed = new double[slots];
    }

    public int Issues { get; }

    /// <summary>The party's ideal point on the issue (0 where it has no stance).</summary>
    public double[] Position { get; }

    /// <summary>The party's salience of the issue (0 where it has no stance).</summary>
    public double[] Salience { get; }

    /// <summary>Whether the party has a stance on the issue and signs it: only then does it weigh a text's gain on it or pull its draft.</summary>
    public bool[] Weighs { get; }

    /// <summary>max(capability, 0) × max(salience, 0): the party's pull on the draft before the mediator's lean (0 where it does not weigh the issue).</summary>
    public double[] DraftWeight { get; }

    /// <summary>
    /// Below this value the party objects to the item (red line or mandate, less the evaluator's
    /// tolerance; −∞ where it has no lower bound or does not sign the item). Rounding is monotone,
    /// so v &lt; max(a, b) − tol exactly when v &lt; a − tol or v &lt; b − tol: one comparison rules out
    /// both bounds, and only an item outside is checked bound by bound.
    /// </summary>
    public double[] LowestAllowed { get; }

    /// <summary>Above this value the party objects to the item (as <see cref="LowestAllowed"/>, upper bounds plus the tolerance).</summary>
    public double[] HighestAllowed { get; }

    public int Slot(int party, int issue) => (party * Issues) + issue;

    /// <summary>A table read from <paramref name="values"/> (for callers outside a session, which keep no table).</summary>
    public static RunPartyValues For(CompiledScenario scenario, ReadOnlySpan<double> values)
    {
        var table = new RunPartyValues(scenario);
        table.Refresh(scenario, values);
        return table;
    }

    /// <summary>Reads the table again from <paramref name="values"/>.</summary>
    public void Refresh(CompiledScenario scenario, ReadOnlySpan<double> values) => Refresh(scenario, values, PartyEvaluator.Tolerance);

    private static double Bound(ReadOnlySpan<double> values, int index, double none) => index >= 0 ? values[index] : none;

    private void Refresh(CompiledScenario scenario, ReadOnlySpan<double> values, double tolerance)
    {
        var parties = scenario.Parties;
        foreach (var p in _rows)
        {
            var party = parties[p];
            var capability = party.Capability >= 0 ? Math.Max(values[party.Capability], 0) : 0;
            var start = p * Issues;
            for (var i = 0; i < Issues; i++)
            {
                var slot = start + i;
                var hasStance = party.HasStance[i];
                Position[slot] = hasStance ? values[party.Position[i]] : 0;
                Salience[slot] = hasStance ? values[party.Salience[i]] : 0;
                Weighs[slot] = hasStance && party.Signs[i];
                DraftWeight[slot] = Weighs[slot] ? capability * Math.Max(Salience[slot], 0) : 0;
                var signs = party.Signs[i];
                var lowest = signs ? Math.Max(Bound(values, party.RedLineMin[i], double.NegativeInfinity), Bound(values, party.MandateMin[i], double.NegativeInfinity)) - tolerance : double.NegativeInfinity;
                var highest = signs ? Math.Min(Bound(values, party.RedLineMax[i], double.PositiveInfinity), Bound(values, party.MandateMax[i], double.PositiveInfinity)) + tolerance : double.PositiveInfinity;

                // A NaN bound would hide the other one: then every value is checked bound by bound.
                LowestAllowed[slot] = double.IsNaN(lowest) ? double.PositiveInfinity : lowest;
                HighestAllowed[slot] = double.IsNaN(highest) ? double.NegativeInfinity : highest;
            }
        }
    }
}
