namespace Simulator.Domain.Analysis;

/// <summary>
/// The bargaining solutions over a scenario's continuous multi-issue space. The disagreement point
/// is every party's utility when nothing is agreed (all issues at their status quo); only outcomes
/// every consenting party can accept (red lines, mandates, linkages) are feasible.
/// <para>
/// Method: utilities are sums over issues, so a weighted sum of them is maximised issue by issue
/// (jointly over issues tied by linkages), for a sweep of weights; each maximiser is a Pareto
/// point. With two parties, points on the segments between neighbouring frontier points are added
/// where feasible (the frontier's edges). The concepts are then solved on this set exactly.
/// Accuracy: issue values come from a grid of <see cref="GridStep"/> points (a coarser
/// <see cref="LinkedGridStep"/> for issues tied by linkages) plus every position and bound, so
/// with linear utilities the frontier's corners are exact and edge points lie at most 1% of an edge
/// apart (for up to 50 edges; more edges share <see cref="EdgePointBudget"/> points); with concave
/// utilities values are within about one grid step of the optimum. A test checks the Nash point
/// against brute force over a ten-point grid for both utility shapes. Linked issues are enumerated
/// jointly up to <see cref="LinkedCombinationBudget"/> combinations per weight vector (a 10-point
/// grid when more than two issues are linked), which bounds the work on large scenarios.
/// </para>
/// </summary>
public sealed class ScenarioBargaining
{
    public const double GridStep = 0.5;
    public const double LinkedGridStep = 2.5;
    private const int TwoPartyWeightSteps = 200;
    private const int ManyPartyWeightSteps = 10;
    private const int EdgeSteps = 100;
    public const int EdgePointBudget = 5000;
    public const int LinkedCombinationBudget = 1_000_000;

    private readonly AgreementSpace space;
    private readonly int[] parties;
    private readonly int[] free;
    private readonly int[] linked;
    private readonly double[][] candidates;

    public ScenarioBargaining(AgreementSpace space, IReadOnlyList<int> parties)
    {
        this.space = space ?? throw new ArgumentNullException(nameof(space));
        ArgumentNullException.ThrowIfNull(parties);
        this.parties = [.. parties];
        var linkedSet = space.LinkedIssues();
        linked = [.. space.Agenda.Where(linkedSet.Contains)];
        free = [.. space.Agenda.Where(i => !linkedSet.Contains(i))];
        var step = linked.Length > 2 ? 10.0 : LinkedGridStep;
        candidates = new double[space.StatusQuo.Count][];
        foreach (var issue in space.Agenda)
        {
            var grid = linkedSet.Contains(issue) ? step : GridStep;
            // A token move agrees nothing: only the status quo and values at least the minimum move from it.
            candidates[issue] = [.. Grid(grid).Concat(space.BreakpointCandidates(issue)).Distinct().Order()
                .Where(v => v == space.StatusQuo[issue] || space.IsAgreed(issue, v))
                .Where(v => space.AllowsOnItsOwn(issue, v))];
        }

        Disagreement = [.. this.parties.Select(p => space.Utility(p, space.NoAgreement()))];
        Weights = [.. this.parties.Select(p => Math.Max(space.Capability(p), 1e-9))];
        Candidates = BuildCandidates();
        Problem = new BargainingProblem([.. Candidates.Select(c => c.Point)], Disagreement, Weights);
    }

    /// <summary>The parties analysed, as scenario party indices.</summary>
    public IReadOnlyList<int> Parties => parties;

    /// <summary>Each party's utility when nothing is agreed.</summary>
    public IReadOnlyList<double> Disagreement { get; }

    /// <summary>Capabilities of the parties analysed (the weights of the weighted Nash solution).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The feasible outcomes the concepts choose from (weighted-sum maximisers and edge points).</summary>
    public IReadOnlyList<ScenarioOutcome> Candidates { get; }

    public BargainingProblem Problem { get; }

    /// <summary>The Pareto frontier among the individually rational candidates.</summary>
    public IReadOnlyList<ScenarioOutcome> Frontier()
    {
        var frontier = ParetoFrontier.Of(Problem.IndividuallyRational()).ToHashSet();
        return [.. Candidates.Where(c => frontier.Contains(c.Point))];
    }

    /// <summary>The outcome a concept selects, or null when no feasible outcome leaves everyone at least as well off as no deal.</summary>
    public ScenarioOutcome? Solve(SolutionConcept concept)
    {
        var point = DiscreteSolutions.Solve(Problem, concept);
        return point is null ? null : Candidates.First(c => ReferenceEquals(c.Point, point));
    }

    private static IEnumerable<double> Grid(double step)
    {
        var n = (int)Math.Round(100 / step);
        for (var k = 0; k <= n; k++)
        {
            yield return k * step;
        }
    }

    private List<ScenarioOutcome> BuildCandidates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<ScenarioOutcome>();
        void Add(double[] values)
        {
            // A point on an edge between two outcomes may move an issue less than the minimum: it stays at the status quo.
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = space.Effective(i, values[i]);
            }

            var key = string.Join(',', values.Select(v => Math.Round(v, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (seen.Add(key) && space.IsAcceptable(values))
            {
                outcomes.Add(new ScenarioOutcome(values, new UtilityPoint(key, [.. parties.Select(p => space.Utility(p, values))])));
            }
        }

        Add(space.NoAgreement());
        foreach (var lambda in WeightVectors())
        {
            Add(MaximiseWeightedSum(lambda));
        }

        if (parties.Length == 2)
        {
            var vertices = ParetoFrontier.Of([.. outcomes.Select(o => o.Point)])
                .Select(p => outcomes.First(o => ReferenceEquals(o.Point, p)))
                .OrderBy(o => o.Point.Utilities[0])
                .ToList();
            // Many vertices (concave utilities) mean short edges: fewer points per edge suffice.
            var steps = Math.Clamp(EdgePointBudget / Math.Max(1, vertices.Count - 1), 2, EdgeSteps);
            for (var k = 1; k < vertices.Count; k++)
            {
                for (var s = 1; s < steps; s++)
                {
                    var theta = (double)s / steps;
                    Add([.. vertices[k - 1].Values.Zip(vertices[k].Values, (a, b) => a + (theta * (b - a)))]);
                }
            }
        }

        return outcomes;
    }

    private IEnumerable<double[]> WeightVectors()
    {
        if (parties.Length == 1)
        {
            yield return [1.0];
            yield break;
        }

        var steps = parties.Length == 2 ? TwoPartyWeightSteps : ManyPartyWeightSteps;
        var current = new int[parties.Length];
        IEnumerable<double[]> Compose(int index, int left)
        {
            if (index == parties.Length - 1)
            {
                current[index] = left;
                yield return [.. current.Select(c => (double)c / steps)];
                yield break;
            }

            for (var k = 0; k <= left; k++)
            {
                current[index] = k;
                foreach (var w in Compose(index + 1, left - k))
                {
                    yield return w;
                }
            }
        }

        foreach (var w in Compose(0, steps))
        {
            yield return w;
        }
    }

    // Maximises Σ λᵢuᵢ: issue by issue for issues outside linkages, by enumeration for the linked
    // ones. A tiny equal weight for everyone keeps maximisers Pareto-optimal when some λᵢ = 0.
    private double[] MaximiseWeightedSum(double[] lambda)
    {
        var weights = lambda.Select(l => l + 1e-6).ToArray();
        var outcome = space.NoAgreement();
        foreach (var issue in free)
        {
            outcome[issue] = candidates[issue].MaxBy(v => IssueScore(weights, issue, v));
        }

        if (linked.Length == 0)
        {
            return outcome;
        }

        var best = double.NegativeInfinity;
        double[]? bestValues = null;
        var visited = 0;
        void Enumerate(int depth, double score)
        {
            if (visited++ > LinkedCombinationBudget)
            {
                return;
            }

            if (depth == linked.Length)
            {
                if (score > best + 1e-12 && space.IsAcceptable(outcome))
                {
                    best = score;
                    bestValues = [.. linked.Select(i => outcome[i])];
                }

                return;
            }

            var issue = linked[depth];
            foreach (var v in candidates[issue])
            {
                outcome[issue] = v;
                Enumerate(depth + 1, score + IssueScore(weights, issue, v));
            }

            outcome[issue] = space.StatusQuo[issue];
        }

        Enumerate(0, 0);
        for (var k = 0; k < linked.Length; k++)
        {
            outcome[linked[k]] = bestValues is null ? space.StatusQuo[linked[k]] : bestValues[k];
        }

        return outcome;
    }

    private double IssueScore(double[] weights, int issue, double value)
    {
        var score = 0.0;
        for (var k = 0; k < parties.Length; k++)
        {
            score += weights[k] * space.IssueUtility(parties[k], issue, value);
        }

        return score;
    }
}
