using CsCheck;
using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// What the risk attitude means (schema and seed: −1 risk-averse, +1 risk-acceptant): a party that
/// fears breakdown settles for less, so more risk acceptance never lowers its walk-away floor.
/// </summary>
public sealed class RiskAttitudeTests
{
    [Fact]
    public void Raising_a_partys_risk_acceptance_never_lowers_its_walk_away_floor()
    {
        var cases =
            from scenario in RandomTables.Scenario
            from party in Gen.Int[0, 1]
            from low in Gen.Double[-1, 1]
            from step in Gen.Double[0, 2]
            select (scenario, party, low, high: Math.Min(1, low + step));
        cases.Sample(c =>
        {
            var compiled = CompiledScenario.Compile(c.scenario);
            var values = compiled.Parameters.CopyBaseValues();
            values[compiled.Parties[c.party].RiskAttitude] = c.low;
            var cautious = EffectiveStance.Compute(compiled, values)[c.party].Floor;
            values[compiled.Parties[c.party].RiskAttitude] = c.high;
            var bold = EffectiveStance.Compute(compiled, values)[c.party].Floor;
            return bold >= cautious;
        }, iter: 300);
    }

    [Fact]
    public void A_risk_averse_party_walks_away_later_than_a_neutral_one_and_a_risk_acceptant_one_earlier()
    {
        var compiled = CompiledScenario.Compile(TestScenarios.Table());
        var a = Array.FindIndex(compiled.Parties, p => p.Id == "a");
        var values = compiled.Parameters.CopyBaseValues();
        var neutral = EffectiveStance.Compute(compiled, values)[a].Floor;
        Assert.True(neutral > 0, "the test table gives party a a positive floor");
        values[compiled.Parties[a].RiskAttitude] = -1;
        var averse = EffectiveStance.Compute(compiled, values)[a].Floor;
        values[compiled.Parties[a].RiskAttitude] = 1;
        var acceptant = EffectiveStance.Compute(compiled, values)[a].Floor;
        Assert.True(averse < neutral, $"risk-averse floor {averse} should be below the neutral {neutral}");
        Assert.True(acceptant > neutral, $"risk-acceptant floor {acceptant} should be above the neutral {neutral}");
    }
}
