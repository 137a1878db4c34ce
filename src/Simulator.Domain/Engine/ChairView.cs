namespace Simulator.Domain.Engine;

/// <summary>
/// The chair's own view in the mediator's drafts, for one mediator or several sharing the chair
/// (`protocol.mediators`). The principals' compromise on an item is pulled towards each mediator's
/// position on it by at most <see cref="MediatorDrafter.MaxMediatorPull"/> times that mediator's
/// salience, scaled by how far apart the principals are and, in a shared chair, by the mediator's
/// share of the chair's weights (<see cref="CompiledScenario.ChairShare"/>). The draft is therefore a
/// weighted compromise of the co-mediators' views:
/// <c>x' = (1 − Σ pullⱼ)·x + Σ pullⱼ·positionⱼ</c>, <c>pullⱼ = shareⱼ · min(MaxMediatorPull, salienceⱼ) · spread</c>.
/// </summary>
/// <remarks>
/// A co-mediator with no stance on an item has no view to press there: it contributes no pull, and
/// the others' pull is not scaled up to make up for it (their weights are their shares of the whole
/// chair, so an item only one of them cares about is left more to the principals than one they all
/// care about). The formulas live in <see cref="RunChairView"/>, which the drafter reads once per run. When no principal's position pulls an item, the chair's view alone sets it: the
/// share-weighted mean of the positions of the mediators that have one. A lone mediator's share is
/// exactly 1, so its drafts are what they were before chairs could be shared, bit for bit; a chair
/// whose other seats weigh 0 drafts exactly as its one weighted mediator alone. The co-mediators
/// share one set of <see cref="MediatorBeliefs"/>: every answer and every stated reason is heard by
/// the whole chair. Outside influence (pressure, alignment) acts on floors and concession rates,
/// which a mediator does not have, so it does not move a chair's view.
/// </remarks>
public static class ChairView
{
    /// <summary>
    /// The compromise <paramref name="x"/> on <paramref name="issue"/> pulled towards the chair's
    /// views; <paramref name="spread"/> is the principals' spread of positions on it, 0 to 1.
    /// </summary>
    public static double Pulled(CompiledScenario scenario, double[] values, int issue, double x, double spread)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        return RunChairView.For(scenario, values).Pulled(issue, x, spread);
    }

    /// <summary>
    /// The chair's own position on <paramref name="issue"/>: the share-weighted mean of the positions
    /// of the mediators that have one (and a share above 0). False when none has.
    /// </summary>
    public static bool TryPosition(CompiledScenario scenario, double[] values, int issue, out double position)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        return RunChairView.For(scenario, values).TryPosition(issue, out position);
    }

    /// <summary>The chair's own point on each agenda issue it has a view on, by issue id (<see cref="TryPosition"/>).</summary>
    public static IReadOnlyDictionary<string, double> Points(CompiledScenario scenario, double[] values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var view = RunChairView.For(scenario, values);
        var points = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var issue in scenario.Agenda)
        {
            if (view.TryPosition(issue, out var position))
            {
                points[scenario.Scenario.Issues[issue].Id] = position;
            }
        }

        return points;
    }
}
