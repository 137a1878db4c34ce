namespace Simulator.Domain.Analysis;

/// <summary>
/// Decides whether an issue can be agreed, jointly with the others: a depth-first search over the
/// breakpoint candidates of the target issue and of every agenda issue tied to others by a linkage
/// (issues outside linkages stay at their status quo, which no constraint forbids). Constraints
/// can be relaxed; the search then finds the outcome that breaks the relaxed ones least in total.
/// Exact on the candidates, which cover every interval the constraints allow.
/// </summary>
public sealed class AgreementSearch
{
    /// <summary>Upper bound on search nodes per question; hitting it is reported, never silent.</summary>
    public const int NodeBudget = 2_000_000;

    private const double Tolerance = 1e-9;
    private readonly AgreementSpace space;

    public AgreementSearch(AgreementSpace space)
    {
        this.space = space ?? throw new ArgumentNullException(nameof(space));
    }

    /// <summary>True when some question ran out of its node budget (its answer may be "no" wrongly).</summary>
    public bool Truncated { get; private set; }

    /// <summary>
    /// An outcome in which <paramref name="target"/> moves at least <paramref name="minimumMove"/>
    /// from its status quo (or sits exactly at <paramref name="targetValue"/> when given; and only at
    /// values <paramref name="targetFilter"/> admits) and every constraint not in
    /// <paramref name="relaxed"/> holds; null when none exists.
    /// </summary>
    public AgreementWitness? Find(
        int target,
        double minimumMove,
        IReadOnlySet<int>? relaxed = null,
        double? targetValue = null,
        Func<double, bool>? targetFilter = null)
    {
        relaxed ??= new HashSet<int>();
        var order = SearchOrder(target);
        var candidates = order
            .Select(i => i == target
                ? (targetValue is { } v ? [v] : space.BreakpointCandidates(i, minimumMove).Where(targetFilter ?? (_ => true)).ToList())
                : space.BreakpointCandidates(i))
            .ToArray();
        var position = new int[space.StatusQuo.Count];
        Array.Fill(position, -1);
        for (var k = 0; k < order.Count; k++)
        {
            position[order[k]] = k;
        }

        // Each constraint is checked at the depth where its last issue gets a value.
        var checkAt = new List<int>[order.Count];
        for (var k = 0; k < order.Count; k++)
        {
            checkAt[k] = [];
        }

        var outsideSearch = new List<int>();
        for (var c = 0; c < space.Constraints.Count; c++)
        {
            var depth = space.TriggerIssueOf(c) >= 0 ? position[space.TriggerIssueOf(c)] : -1;
            foreach (var bounded in space.IssuesOf(c))
            {
                depth = Math.Max(depth, position[bounded]);
            }

            if (depth >= 0)
            {
                checkAt[depth].Add(c);
            }
            else
            {
                outsideSearch.Add(c);
            }
        }

        var outcome = space.NoAgreement();
        var best = double.PositiveInfinity;
        double[]? bestOutcome = null;
        var nodes = 0;
        var minimise = relaxed.Count > 0;

        // Constraints on issues outside the search see only status quo values; check them once.
        foreach (var c in outsideSearch)
        {
            if (!relaxed.Contains(c) && space.Excess(c, outcome) > Tolerance)
            {
                return null;
            }
        }

        void Search(int depth, double cost)
        {
            if (nodes++ > NodeBudget)
            {
                Truncated = true;
                return;
            }

            if (depth == order.Count)
            {
                if (cost < best - Tolerance)
                {
                    best = cost;
                    bestOutcome = [.. outcome];
                }

                return;
            }

            var issue = order[depth];
            foreach (var value in candidates[depth])
            {
                outcome[issue] = value;
                var added = 0.0;
                var ok = true;
                foreach (var c in checkAt[depth])
                {
                    var excess = space.Excess(c, outcome);
                    if (excess <= Tolerance)
                    {
                        continue;
                    }

                    if (!relaxed.Contains(c))
                    {
                        ok = false;
                        break;
                    }

                    added += excess;
                }

                if (ok && cost + added < best - Tolerance)
                {
                    Search(depth + 1, cost + added);
                    if (!minimise && bestOutcome is not null)
                    {
                        break;
                    }
                }
            }

            outcome[issue] = space.StatusQuo[issue];
        }

        Search(0, 0);
        if (bestOutcome is null)
        {
            return null;
        }

        var excessByConstraint = Enumerable.Range(0, space.Constraints.Count)
            .Select(c => relaxed.Contains(c) ? space.Excess(c, bestOutcome) : 0.0)
            .ToArray();
        return new AgreementWitness(bestOutcome, excessByConstraint);
    }

    // The target first, then agenda issues joined to it through chains of linkages.
    private List<int> SearchOrder(int target)
    {
        var onAgenda = space.Agenda.ToHashSet();
        var order = new List<int> { target };
        var frontier = new Queue<int>(order);
        while (frontier.Count > 0)
        {
            var issue = frontier.Dequeue();
            for (var c = 0; c < space.Constraints.Count; c++)
            {
                var when = space.TriggerIssueOf(c);
                if (when < 0)
                {
                    continue;
                }

                var named = space.IssuesOf(c).Append(when).ToList();
                if (!named.Contains(issue))
                {
                    continue;
                }

                foreach (var other in named)
                {
                    if (onAgenda.Contains(other) && !order.Contains(other))
                    {
                        order.Add(other);
                        frontier.Enqueue(other);
                    }
                }
            }
        }

        return order;
    }
}
