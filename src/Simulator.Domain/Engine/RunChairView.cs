namespace Simulator.Domain.Engine;

/// <summary>
/// The chair's views as one run's values set them (<see cref="ChairView"/> says what they mean),
/// read once per run and again after an event, so the drafter does not recompute the seats' shares
/// and capped saliences for every item of every round: per seat and issue the seat's pull before the
/// principals' spread, share × min(<see cref="MediatorDrafter.MaxMediatorPull"/>, salience), and its
/// position; per issue the chair's own position. Each is computed as <see cref="ChairView"/> defines
/// it and combined in the same order, so drafts are bit for bit what they were.
/// </summary>
internal sealed class RunChairView
{
    private readonly int _issues;
    private readonly int _seats;
    private readonly bool[] _hasView;
    private readonly double[] _pullWeight;
    private readonly double[] _position;
    private readonly bool[] _anyView;
    private readonly bool[] _hasOwnPosition;
    private readonly double[] _ownPosition;
    private readonly double[] _share;

    public RunChairView(CompiledScenario scenario)
    {
        _issues = scenario.IssueCount;
        _seats = scenario.Chair.Length;
        _hasView = new bool[_seats * _issues];
        _pullWeight = new double[_seats * _issues];
        _position = new double[_seats * _issues];
        _anyView = new bool[_issues];
        _hasOwnPosition = new bool[_issues];
        _ownPosition = new double[_issues];
        _share = new double[_seats];
    }

    /// <summary>A view read from <paramref name="values"/> (for callers outside a session).</summary>
    public static RunChairView For(CompiledScenario scenario, double[] values)
    {
        var view = new RunChairView(scenario);
        view.Refresh(scenario, values);
        return view;
    }

    /// <summary>Reads the chair's views again from <paramref name="values"/>.</summary>
    public void Refresh(CompiledScenario scenario, double[] values)
    {
        var chair = scenario.Chair;
        Array.Clear(_anyView);
        for (var seat = 0; seat < _seats; seat++)
        {
            _share[seat] = scenario.ChairShare(values, seat);
        }

        for (var i = 0; i < _issues; i++)
        {
            double sum = 0, shares = 0;
            for (var seat = 0; seat < _seats; seat++)
            {
                var mediator = scenario.Parties[chair[seat]];
                var slot = (seat * _issues) + i;
                var share = _share[seat];
                _hasView[slot] = mediator.HasStance[i];
                if (!mediator.HasStance[i])
                {
                    continue;
                }

                _anyView[i] = true;
                _pullWeight[slot] = share * Math.Min(MediatorDrafter.MaxMediatorPull, Math.Max(values[mediator.Salience[i]], 0));
                _position[slot] = values[mediator.Position[i]];
                if (share > 0)
                {
                    sum += share * _position[slot];
                    shares += share;
                }
            }

            _hasOwnPosition[i] = shares > 0;
            _ownPosition[i] = shares > 0 ? sum / shares : double.NaN;
        }
    }

    /// <summary>The compromise <paramref name="x"/> on <paramref name="issue"/> pulled towards the chair's views (<see cref="ChairView.Pulled"/>).</summary>
    public double Pulled(int issue, double x, double spread)
    {
        if (!_anyView[issue])
        {
            return x;
        }

        double pulls = 0, target = 0;
        for (var seat = 0; seat < _seats; seat++)
        {
            var slot = (seat * _issues) + issue;
            if (!_hasView[slot])
            {
                continue;
            }

            var pull = _pullWeight[slot] * spread;
            pulls += pull;
            target += pull * _position[slot];
        }

        return ((1 - pulls) * x) + target;
    }

    /// <summary>The chair's own position on <paramref name="issue"/> (<see cref="ChairView.TryPosition"/>).</summary>
    public bool TryPosition(int issue, out double position)
    {
        position = _ownPosition[issue];
        return _hasOwnPosition[issue];
    }
}
