using Simulator.Domain.Forecasting;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class ForecastInputTests
{
    [Fact]
    public void EveryPartyBecomesAnActorWithScaledSaliences()
    {
        var input = ForecastInput.FromScenario(BuildScenario());
        Assert.Equal(["ceasefire", "prisoners"], input.DimensionNames);
        Assert.Equal(["ru", "ua", "us"], input.Actors.Select(a => a.Name));
        Assert.Equal(0.9, input.Actors[0].Capability);
        Assert.Equal([20.0, 70.0], input.Actors[0].Positions);
        Assert.Equal([60.0, 40.0], input.Actors[0].Saliences, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void PartyWithoutAStanceHoldsTheStatusQuoWithZeroSalience()
    {
        var patron = ForecastInput.FromScenario(BuildScenario()).Actors[2];
        Assert.Equal([5.0, 60.0], patron.Positions);
        Assert.Equal([0.0, 30.0], patron.Saliences, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void ScenarioInputRunsThroughEveryModel()
    {
        var input = ForecastInput.FromScenario(BuildScenario());
        var smp = new SpatialModel().Run(input);
        Assert.True(smp.States.Count >= 2);
        Assert.InRange(CompromiseModel.Forecast(input, 1), 40.0, 70.0);
    }

    private static Scenario BuildScenario()
    {
        var issues = new[]
        {
            new Issue("ceasefire", "Ceasefire", null, [], Parameter.Fixed("issues.ceasefire.status_quo", 5), false, null),
            new Issue("prisoners", "Prisoners", null, [], Parameter.Fixed("issues.prisoners.status_quo", 50), true, null),
        };
        var parties = new[]
        {
            Party("ru", PartyRole.Principal, 0.9, Stance("ceasefire", 20, 0.6), Stance("prisoners", 70, 0.4)),
            Party("ua", PartyRole.Principal, 0.6, Stance("ceasefire", 90, 0.7), Stance("prisoners", 40, 0.3)),
            Party("us", PartyRole.Patron, 1.0, Stance("prisoners", 60, 0.3)),
        };
        var protocol = new ProtocolSettings(ProtocolKind.MediatedSingleText, null, Parameter.Fixed("protocol.time", 120), Parameter.Fixed("protocol.round", 10), 12, Packaging.SeparableItems, []);
        return new Scenario("test", "Test", null, issues, parties, protocol, [], new MonteCarloDefaults(10, 1), new Dictionary<string, ObservedIssueOutcome>(), null);
    }

    private static Party Party(string id, PartyRole role, double capability, params Stance[] stances) => new(
        id,
        id.ToUpperInvariant(),
        role,
        Parameter.Fixed($"parties.{id}.capability", capability),
        Parameter.Fixed($"parties.{id}.reservation", 0.3),
        Parameter.Fixed($"parties.{id}.beta", 1),
        Parameter.Fixed($"parties.{id}.risk", 0),
        UtilityShape.Linear,
        Delegation.Leader,
        stances,
        [],
        []);

    private static Stance Stance(string issue, double position, double salience) =>
        new(issue, Parameter.Fixed($"stance.{issue}.position", position), Parameter.Fixed($"stance.{issue}.salience", salience), null);

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
