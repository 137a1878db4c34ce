namespace Simulator.Domain.Forecasting;

/// <summary>
/// One observer's perceived utilities U^h[a, b] = u(d[a, b], (2R_h + R_a)/3), computed a column at
/// a time and only for the columns a challenge search actually reads. Each value is computed from
/// the same distance and risk as a full matrix would be, so results are identical.
/// </summary>
internal sealed class SmpPerceivedView
{
    private readonly SmpAnalysis state;
    private readonly int n;
    private readonly double[] risks;
    private readonly double[] diagonal;
    private readonly double[] columns;
    private readonly int[] columnObserver;

    public SmpPerceivedView(SmpAnalysis state)
    {
        this.state = state;
        n = state.Actors.Count;
        risks = new double[n];
        diagonal = new double[n];
        columns = new double[n * n];
        columnObserver = new int[n];
        Array.Fill(columnObserver, -1);
        Observer = -1;
    }

    public int Observer { get; private set; }

    public SmpActors Actors => state.Actors;

    /// <summary>U^h[a, a] for every a (1: an actor is at distance 0 from itself).</summary>
    public ReadOnlySpan<double> Diagonal => diagonal;

    public void Observe(int observer)
    {
        Observer = observer;
        var actual = state.RiskAttitudes;
        for (var a = 0; a < n; a++)
        {
            risks[a] = SmpMath.PerceivedRisk(actual[observer], actual[a]);
            diagonal[a] = SmpMath.Utility(state.Distances[(a * n) + a], risks[a]);
        }
    }

    /// <summary>U^h[a, b] for one a and every b: how a values each position, as h sees a.</summary>
    public void Row(int a, Span<double> row)
    {
        var distances = state.Distances.AsSpan(a * n, n);
        for (var b = 0; b < n; b++)
        {
            row[b] = SmpMath.Utility(distances[b], risks[a]);
        }
    }

    /// <summary>U^h[a, b] for every a and one b: how everyone values b's position, as h sees them.</summary>
    public ReadOnlySpan<double> Column(int b)
    {
        var column = columns.AsSpan(b * n, n);
        if (columnObserver[b] != Observer)
        {
            var distances = state.DistancesByColumn.AsSpan(b * n, n);
            for (var a = 0; a < n; a++)
            {
                column[a] = SmpMath.Utility(distances[a], risks[a]);
            }

            columnObserver[b] = Observer;
        }

        return column;
    }
}
