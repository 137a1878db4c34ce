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

    public int Index(int party, int issue) => (party * _issues) + issue;

    /// <summary>Forgets what was learned (after an event that may have changed the parties' limits).</summary>
    public void Reset()
    {
        Array.Fill(Low, 0);
        Array.Fill(High, 100);
        Array.Fill(Lean, 1);
        Linkages.Clear();
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
                }

                break;
            case ObjectionKind.InsufficientGain when objection.Issue >= 0:
                var k = Index(objection.Party, objection.Issue);
                if (!_leanedThisRound[k])
                {
                    _leanedThisRound[k] = true;
                    Lean[k] = Math.Min(Lean[k] * 1.5, MaxLean);
                }

                break;
        }
    }

    private bool Knows(int party, CompiledLinkage linkage)
    {
        foreach (var (p, l) in Linkages)
        {
            if (p == party && ReferenceEquals(l, linkage))
            {
                return true;
            }
        }

        return false;
    }

    private void Narrow(int party, int issue, double? min, double? max, ObjectionKind kind)
    {
        var k = Index(party, issue);
        if (min is { } lo && lo > Low[k])
        {
            Low[k] = lo;
            LowKind[k] = kind;
        }

        if (max is { } hi && hi < High[k])
        {
            High[k] = hi;
            HighKind[k] = kind;
        }
    }
}
