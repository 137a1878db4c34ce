namespace Simulator.Domain.Analysis;

/// <summary>
/// A continuous two-party Pareto frontier given as a curve t ↦ (u₁(t), u₂(t)) on t ∈ [0, 1] along
/// which u₁ does not decrease and u₂ does not increase (a pie split, a frontier function u₂ = f(u₁),
/// or the upper edge of a convex feasible set). The solution concepts are found by search: a scan of
/// <see cref="ScanPoints"/> points brackets the optimum, then golden-section search or bisection
/// narrows it to about 1e-12 in t. This is exact (to that tolerance) whenever the objective is
/// unimodal within the bracket, which holds for the concave frontiers of bargaining theory.
/// </summary>
public sealed class TwoPartyFrontier
{
    /// <summary>How many evenly spaced points the bracketing scan evaluates.</summary>
    public const int ScanPoints = 4001;

    private const int RefinementSteps = 200;
    private readonly Func<double, (double U1, double U2)> curve;

    public TwoPartyFrontier(Func<double, (double U1, double U2)> curve)
    {
        this.curve = curve ?? throw new ArgumentNullException(nameof(curve));
    }

    /// <summary>The frontier u₂ = f(u₁) for u₁ from <paramref name="u1Min"/> to <paramref name="u1Max"/>.</summary>
    public static TwoPartyFrontier FromFunction(Func<double, double> u2OfU1, double u1Min, double u1Max)
    {
        ArgumentNullException.ThrowIfNull(u2OfU1);
        return new TwoPartyFrontier(t =>
        {
            var u1 = u1Min + t * (u1Max - u1Min);
            return (u1, u2OfU1(u1));
        });
    }

    /// <summary>
    /// The Pareto edge of the convex hull of the given points (the feasible set is their convex hull):
    /// the upper-right chain of the hull, as a polyline walked from the best point for party 2 to the
    /// best point for party 1.
    /// </summary>
    public static TwoPartyFrontier FromConvexHull(IReadOnlyList<(double U1, double U2)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var chain = ParetoChain(points);
        if (chain.Count == 1)
        {
            var only = chain[0];
            return new TwoPartyFrontier(_ => only);
        }

        var lengths = new double[chain.Count];
        for (var i = 1; i < chain.Count; i++)
        {
            lengths[i] = lengths[i - 1] + Distance(chain[i - 1], chain[i]);
        }

        var total = lengths[^1];
        return new TwoPartyFrontier(t =>
        {
            var s = Math.Clamp(t, 0, 1) * total;
            for (var i = 1; i < chain.Count; i++)
            {
                if (s <= lengths[i] || i == chain.Count - 1)
                {
                    var segment = lengths[i] - lengths[i - 1];
                    var f = segment <= 0 ? 0 : Math.Clamp((s - lengths[i - 1]) / segment, 0, 1);
                    return (chain[i - 1].U1 + f * (chain[i].U1 - chain[i - 1].U1), chain[i - 1].U2 + f * (chain[i].U2 - chain[i - 1].U2));
                }
            }

            return chain[^1];
        });
    }

    public FrontierPoint At(double t)
    {
        var (u1, u2) = curve(t);
        return new FrontierPoint(t, u1, u2);
    }

    /// <summary>
    /// The range of t whose points are individually rational (u ≥ d), or null when none is.
    /// Found by bisection, since u₁ rises and u₂ falls along the curve.
    /// </summary>
    public (double Low, double High)? RationalRange(double d1, double d2)
    {
        var low = FirstTrue(t => curve(t).U1 >= d1 - UtilityPoint.Tolerance);
        var high = LastTrue(t => curve(t).U2 >= d2 - UtilityPoint.Tolerance);
        if (low is null || high is null || low.Value > high.Value)
        {
            return null;
        }

        return (low.Value, high.Value);
    }

    /// <summary>The ideal point over the individually rational part of the frontier.</summary>
    public (double A1, double A2)? IdealPoint(double d1, double d2)
    {
        var range = RationalRange(d1, d2);
        return range is null ? null : (curve(range.Value.High).U1, curve(range.Value.Low).U2);
    }

    /// <summary>The frontier point the concept selects for disagreement point (d₁, d₂), or null if none is rational.</summary>
    public FrontierPoint? Solve(SolutionConcept concept, double d1, double d2, double w1 = 1, double w2 = 1)
    {
        var range = RationalRange(d1, d2);
        if (range is null)
        {
            return null;
        }

        var (low, high) = range.Value;
        var a = IdealPoint(d1, d2)!.Value;
        return concept switch
        {
            SolutionConcept.Nash => Maximise(t => LogGain(t, d1, d2, 1, 1), low, high),
            SolutionConcept.WeightedNash => Maximise(t => LogGain(t, d1, d2, w1, w2), low, high),
            SolutionConcept.Utilitarian => Maximise(t => curve(t).U1 + curve(t).U2, low, high),
            SolutionConcept.Egalitarian => Balance(t => (curve(t).U1 - d1) - (curve(t).U2 - d2), low, high),
            SolutionConcept.KalaiSmorodinsky => Balance(t => Share(curve(t).U1, d1, a.A1) - Share(curve(t).U2, d2, a.A2), low, high),
            _ => throw new ArgumentOutOfRangeException(nameof(concept), concept, "unknown solution concept"),
        };
    }

    private static double Share(double u, double d, double ideal) => ideal - d <= UtilityPoint.Tolerance ? 1.0 : (u - d) / (ideal - d);

    private double LogGain(double t, double d1, double d2, double w1, double w2)
    {
        var (u1, u2) = curve(t);
        return u1 - d1 <= 0 || u2 - d2 <= 0 ? double.NegativeInfinity : (w1 * Math.Log(u1 - d1)) + (w2 * Math.Log(u2 - d2));
    }

    // Scan to bracket the best point, then golden-section search inside the bracket.
    private FrontierPoint Maximise(Func<double, double> objective, double low, double high)
    {
        var step = (high - low) / (ScanPoints - 1);
        var bestIndex = 0;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i < ScanPoints; i++)
        {
            var value = objective(low + i * step);
            if (value > bestValue)
            {
                bestValue = value;
                bestIndex = i;
            }
        }

        var a = low + Math.Max(0, bestIndex - 1) * step;
        var b = low + Math.Min(ScanPoints - 1, bestIndex + 1) * step;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var k = 0; k < RefinementSteps && b - a > 1e-15; k++)
        {
            var c = b - ratio * (b - a);
            var d = a + ratio * (b - a);
            if (objective(c) >= objective(d))
            {
                b = d;
            }
            else
            {
                a = c;
            }
        }

        var t = (a + b) / 2;
        foreach (var edge in new[] { low, high })
        {
            if (objective(edge) > objective(t))
            {
                t = edge;
            }
        }

        return At(t);
    }

    // The root of a function that is ≤ 0 at the low end and ≥ 0 at the high end (balanced gains).
    private FrontierPoint Balance(Func<double, double> difference, double low, double high)
    {
        if (difference(low) >= 0)
        {
            return At(low);
        }

        if (difference(high) <= 0)
        {
            return At(high);
        }

        var a = low;
        var b = high;
        for (var k = 0; k < RefinementSteps && b - a > 1e-15; k++)
        {
            var mid = (a + b) / 2;
            if (difference(mid) < 0)
            {
                a = mid;
            }
            else
            {
                b = mid;
            }
        }

        return At((a + b) / 2);
    }

    private double? FirstTrue(Func<double, bool> predicate)
    {
        if (predicate(0))
        {
            return 0;
        }

        if (!predicate(1))
        {
            return null;
        }

        var (a, b) = (0.0, 1.0);
        for (var k = 0; k < RefinementSteps && b - a > 1e-15; k++)
        {
            var mid = (a + b) / 2;
            (a, b) = predicate(mid) ? (a, mid) : (mid, b);
        }

        return b;
    }

    private double? LastTrue(Func<double, bool> predicate)
    {
        if (predicate(1))
        {
            return 1;
        }

        if (!predicate(0))
        {
            return null;
        }

        var (a, b) = (0.0, 1.0);
        for (var k = 0; k < RefinementSteps && b - a > 1e-15; k++)
        {
            var mid = (a + b) / 2;
            (a, b) = predicate(mid) ? (mid, b) : (a, mid);
        }

        return a;
    }

    private static double Distance((double U1, double U2) p, (double U1, double U2) q) =>
        Math.Sqrt(((p.U1 - q.U1) * (p.U1 - q.U1)) + ((p.U2 - q.U2) * (p.U2 - q.U2)));

    // Upper hull (monotone chain) of the points sorted by u1, then cut to its Pareto part:
    // from the point with the highest u2 (ties: highest u1) to the highest u1 (ties: highest u2).
    private static List<(double U1, double U2)> ParetoChain(IReadOnlyList<(double U1, double U2)> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.U1).ThenBy(p => p.U2).ToList();
        var hull = new List<(double U1, double U2)>();
        foreach (var p in sorted)
        {
            while (hull.Count >= 2 && Cross(hull[^2], hull[^1], p) >= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }

            hull.Add(p);
        }

        var topU2 = hull.Max(p => p.U2);
        var start = hull.FindLastIndex(p => p.U2 >= topU2 - UtilityPoint.Tolerance);
        var topU1 = hull.Max(p => p.U1);
        var end = hull.FindIndex(p => p.U1 >= topU1 - UtilityPoint.Tolerance);
        end = Math.Max(end, start);
        var best1 = sorted.Where(p => p.U1 >= topU1 - UtilityPoint.Tolerance).MaxBy(p => p.U2);
        var chain = hull.GetRange(start, end - start + 1);
        if (chain[^1] != best1)
        {
            chain.Add(best1);
        }

        return chain;
    }

    private static double Cross((double U1, double U2) o, (double U1, double U2) a, (double U1, double U2) b) =>
        ((a.U1 - o.U1) * (b.U2 - o.U2)) - ((a.U2 - o.U2) * (b.U1 - o.U1));
}
