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
    public RunPartyValues(CompiledScenario scenario)
    {
        Issues = scenario.IssueCount;
        var slots = scenario.Parties.Length * Issues;
        Position = new double[slots];
        Salience = new double[slots];
        Weighs = new bool[slots];
        DraftWeight = new double[slots];
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

    public int Slot(int party, int issue) => (party * Issues) + issue;

    /// <summary>A table read from <paramref name="values"/> (for callers outside a session, which keep no table).</summary>
    public static RunPartyValues For(CompiledScenario scenario, ReadOnlySpan<double> values)
    {
        var table = new RunPartyValues(scenario);
        table.Refresh(scenario, values);
        return table;
    }

    /// <summary>Reads the table again from <paramref name="values"/>.</summary>
    public void Refresh(CompiledScenario scenario, ReadOnlySpan<double> values)
    {
        var parties = scenario.Parties;
        for (var p = 0; p < parties.Length; p++)
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
            }
        }
    }
}
