using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

public sealed class BlockerKindTests
{
    [Theory]
    [InlineData(ObjectionKind.RedLine)]
    [InlineData(ObjectionKind.Mandate)]
    [InlineData(ObjectionKind.Linkage)]
    [InlineData(ObjectionKind.InsufficientGain)]
    [InlineData(ObjectionKind.Declined)]
    public void The_session_decides_on_the_same_kind_the_blocker_is_built_with(ObjectionKind kind)
    {
        // MediatedSession decides whether a new objection replaces the blocker from
        // Blockers.KindOf before building it, so the two must agree for every objection kind.
        var scenario = CompiledScenario.Compile(TestScenarios.Table());
        var objection = new Objection(0, kind, 0, 10, 90, 0);
        Assert.Equal(Blockers.FromObjection(scenario, objection, scenario.Parameters.CopyBaseValues()).Kind, Blockers.KindOf(kind));
    }
}
