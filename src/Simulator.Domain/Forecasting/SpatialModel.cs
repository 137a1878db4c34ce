namespace Simulator.Domain.Forecasting;

/// <summary>
/// KTAB's Spatial Model of Politics (KAPSARC Toolkit for Behavioral Analysis) with its default
/// options: proportional voting, linear victory probability, conditional probabilistic Condorcet
/// elections, deterministic transitions, risk attitudes from position strength perceived with
/// BigRAdjust one-third, semi-committed third parties, S2P2 interpolated bargains proposed by the
/// initiator only, and the relative stop rule. A turn is single-threaded with a fixed iteration
/// order, so a run is reproducible bit for bit.
/// </summary>
public sealed class SpatialModel
{
    public const int DefaultMaxTurns = 100;
    private const double StopFraction = 0.02;
    private const double StopFloor = 1e-4;

    public SpatialModel(int maxTurns = DefaultMaxTurns)
    {
        if (maxTurns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTurns), maxTurns, "at least one turn");
        }

        MaxTurns = maxTurns;
    }

    public int MaxTurns { get; }

    public SmpResult Run(ForecastInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ActorCount < 2 || input.DimensionCount < 1)
        {
            throw new ArgumentException("the model needs at least two actors and one issue", nameof(input));
        }

        if (input.Actors.Any(a => a.Positions.Count != input.DimensionCount || a.Saliences.Count != input.DimensionCount))
        {
            throw new ArgumentException("every actor needs a position and a salience on every issue", nameof(input));
        }

        var actors = new SmpActors(input);
        var n = actors.Count;
        var dims = actors.Dimensions;
        var positions = new double[n * dims];
        for (var i = 0; i < n; i++)
        {
            for (var d = 0; d < dims; d++)
            {
                positions[(i * dims) + d] = input.Actors[i].Positions[d] / 100.0;
            }
        }

        var analysis = new SmpAnalysis(actors, positions);
        var states = new List<SmpState> { ToState(0, analysis, 0.0) };
        var turns = new List<SmpTurn>();
        var firstMovement = 0.0;
        for (var t = 1; t <= MaxTurns; t++)
        {
            var targets = new SmpTarget?[n];
            var bargains = new (double[] Initiator, double[] Target)?[n];
            var turnTargets = new List<SmpTarget>();
            var turnBargains = new List<SmpBargain>();
            var view = new SmpPerceivedView(analysis);
            for (var i = 0; i < n; i++)
            {
                targets[i] = SmpChallenges.BestTarget(view, i);
                if (targets[i] is { } target)
                {
                    var bargain = SmpResolution.Interpolate(actors, analysis.Positions, target);
                    bargains[i] = bargain;
                    turnTargets.Add(target);
                    turnBargains.Add(new SmpBargain(i, target.Target, Scale(bargain.Initiator), Scale(bargain.Target)));
                }
            }

            var (next, adopted) = SmpResolution.Resolve(analysis, bargains, targets);
            turns.Add(new SmpTurn(t - 1, analysis.PositionStrength, analysis.RiskAttitudes, turnTargets, turnBargains, adopted));

            var movement = 0.0;
            for (var i = 0; i < n; i++)
            {
                movement += SmpMath.Euclidean(next.AsSpan(i * dims, dims), analysis.Positions.AsSpan(i * dims, dims));
            }

            if (t == 1)
            {
                firstMovement = movement;
            }

            analysis = new SmpAnalysis(actors, next);
            states.Add(ToState(t, analysis, movement));
            if (t >= 2 && movement / (firstMovement + StopFloor) < StopFraction)
            {
                break;
            }
        }

        return new SmpResult(input, states, turns);
    }

    private static SmpState ToState(int index, SmpAnalysis analysis, double movement)
    {
        var n = analysis.Actors.Count;
        var dims = analysis.Actors.Dimensions;
        var positions = new IReadOnlyList<double>[n];
        for (var i = 0; i < n; i++)
        {
            positions[i] = Scale(analysis.Positions.AsSpan(i * dims, dims).ToArray());
        }

        return new SmpState(
            index,
            positions,
            analysis.RiskAttitudes,
            analysis.ActorProbabilities(),
            analysis.UniqueRepresentatives,
            analysis.UniqueProbabilities,
            analysis.GroupOf,
            movement);
    }

    private static double[] Scale(double[] unit)
    {
        var scaled = new double[unit.Length];
        for (var d = 0; d < unit.Length; d++)
        {
            scaled[d] = unit[d] * 100.0;
        }

        return scaled;
    }
}
