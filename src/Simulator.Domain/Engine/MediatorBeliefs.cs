namespace Simulator.Domain.Engine;

/// <summary>
/// What the mediator has learned about the principals' limits from their rejections: the interval
/// each principal can accept on each issue (and whether a red line or a mandate set each bound),
/// the linkages they have stated, and how far to lean towards each party on each issue.
/// The mediator starts knowing stated positions and saliences but no red lines. A shared chair
/// (several co-mediators) holds one set of beliefs: every co-mediator hears every answer and reason.
/// </summary>
public sealed class MediatorBeliefs
{
    public const double MaxLean = 50;
    private readonly int _issues;
    private readonly bool[] _leanedThisRound;

    public MediatorBeliefs(int parties, int issues)
    {
        _issues = issues;
        Low = new double[parties * issues];
        High = new double[parties * issues];
        LowKind = new ObjectionKind[parties * issues];
        HighKind = new ObjectionKind[parties * issues];
        Lean = new double[parties * issues];
        _leanedThisRound = new bool[parties * issues];
        Reset();
    }

    public double[] Low { get; }

    public double[] High { get; }

    public ObjectionKind[] LowKind { get; }

    public ObjectionKind[] HighKind { get; }

    public double[] Lean { get; }

    public List<(int Party, CompiledLinkage Linkage)> Linkages { get; } = [];

    /// <summary>Per entry of <see cref="Linkages"/>, its index in the scenario's linkages (-1 when learned from an <see cref="Objection"/>).</summary>
    internal List<int> LinkageIndices { get; } = [];

    public int Index(int party, int issue) => (party * _issues) + issue;

    /// <summary>Forgets what was learned (after an event that may have changed the parties' limits).</summary>
    public void Reset()
    {
        Array.Fill(Low, 0);
        Array.Fill(High, 100);
        Array.Fill(Lean, 1);
        Linkages.Clear();
        LinkageIndices.Clear();
    }

    /// <summary>Back to what a new instance knows, for a new negotiation (the Monte Carlo path reuses instances).</summary>
    internal void Clear()
    {
        Reset();
        Array.Clear(LowKind);
        Array.Clear(HighKind);
        Array.Clear(_leanedThisRound);
    }

    /// <summary>Starts a new round: a party's complaint about an item moves the mediator once per round, however often it is heard.</summary>
    public void BeginRound() => Array.Clear(_leanedThisRound);

    /// <summary>Updates the beliefs from one objection.</summary>
    public void Learn(in Objection objection)
    {
        switch (objection.Kind)
        {
            case ObjectionKind.RedLine or ObjectionKind.Mandate:
                Narrow(objection.Party, objection.BoundIssue, objection.Min, objection.Max, objection.Kind);
                break;
            case ObjectionKind.Linkage when objection.Linkage is { } linkage:
                if (!Knows(objection.Party, linkage))
                {
                    Linkages.Add((objection.Party, linkage));
                    LinkageIndices.Add(-1);
                }

                break;
            case ObjectionKind.InsufficientGain when objection.Issue >= 0:
                LeanTowards(objection.Party, objection.Issue);
                break;
        }
    }

    /// <summary>
    /// What <see cref="Learn(in Objection)"/> learns, from a round's objection (its linkage an index
    /// into <paramref name="linkages"/>, the scenario's) as one about <paramref name="issue"/>.
    /// </summary>
    internal void Learn(in RoundObjection objection, int issue, CompiledLinkage[] linkages)
    {
        switch (objection.Kind)
        {
            case ObjectionKind.RedLine or ObjectionKind.Mandate:
                Narrow(objection.Party, objection.BoundIssue, objection.HasMin, objection.Min, objection.HasMax, objection.Max, objection.Kind);
                break;
            case ObjectionKind.Linkage when objection.Linkage >= 0:
                var linkage = linkages[objection.Linkage];
                if (!Knows(objection.Party, linkage))
                {
                    Linkages.Add((objection.Party, linkage));
                    LinkageIndices.Add(objection.Linkage);
                }

                break;
            case ObjectionKind.InsufficientGain when issue >= 0:
                LeanTowards(objection.Party, issue);
                break;
        }
    }

    private void LeanTowards(int party, int issue)
    {
        var k = Index(party, issue);
        if (!_leanedThisRound[k])
        {
            _leanedThisRound[k] = true;
            Lean[k] = Math.Min(Lean[k] * 1.5, MaxLean);
        }
    }

    private bool Knows(int party, CompiledLinkage linkage)
    {
        for (var k = 0; k < Linkages.Count; k++)
        {
            var (p, l) = Linkages[k];
            if (p == party && ReferenceEquals(l, linkage))
            {
                return true;
            }
        }

        return false;
    }

    private void Narrow(int party, int issue, double? min, double? max, ObjectionKind kind) =>
        Narrow(party, issue, min.HasValue, min.GetValueOrDefault(), max.HasValue, max.GetValueOrDefault(), kind);

    private void Narrow(int party, int issue, bool hasMin, double min, bool hasMax, double max, ObjectionKind kind)
    {
        var k = Index(party, issue);
        if (hasMin && min > Low[k])
        {
            Low[k] = min;
            LowKind[k] = kind;
        }

        if (hasMax && max < High[k])
        {
            High[k] = max;
            HighKind[k] = kind;
        }
    }
}
