using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Classroom;

/// <summary>
/// A class on a shared chair (the US co-chair what-if): a person may take one co-mediator's seat
/// and drafts the chair's text from the agent's weighted draft; a second person in the chair is
/// refused with a message; each co-mediator's brief says whom it shares the chair with.
/// </summary>
public sealed class SharedChairClassTests
{
    private static readonly Lazy<Simulator.Domain.Scenarios.Scenario> CoChairs = new(() => ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/what-if-us-co-chairs.yaml")));

    private static CompiledScenario Compiled => CompiledScenario.Compile(CoChairs.Value);

    [Theory]
    [InlineData("turkey")]
    [InlineData("usa")]
    public void APersonInEitherCoMediatorsSeatDraftsTheChairsText(string seat)
    {
        var table = new ClassTable(Compiled, [seat]);
        table.Apply(new ClassInput(ClassInputKind.Start));

        Assert.Equal(ClassPhase.Drafting, table.Phase);
        Assert.Equal(table.PartyIndex(seat), table.HumanChairSeat());
        table.Apply(new ClassInput(ClassInputKind.Draft) { Party = seat, Round = 0, Draft = [new("prisoner_exchange", 50)], Separate = ["prisoner_exchange"] });
        Assert.True(table.Rounds[0].DraftedByPerson);
    }

    [Fact]
    public void TwoPeopleInASharedChairAreRefusedWithAMessage()
    {
        var ex = Assert.Throws<ClassInputException>(() => new ClassTable(Compiled, ["turkey", "usa"]));

        Assert.Contains("the chair is shared by Turkey and United States: one person may take one co-mediator's seat", ex.Message, StringComparison.Ordinal);
        Assert.Contains("United States must be left to the software agent", ex.Message, StringComparison.Ordinal);
        Assert.Null(ClassTable.ChairSeatProblem(Compiled, ["turkey", "ukraine"]));
    }

    [Fact]
    public void HandingTheSecondCoMediatorToAPersonIsRefused()
    {
        var table = new ClassTable(Compiled, ["turkey"]);
        table.Apply(new ClassInput(ClassInputKind.Start));

        Assert.Throws<ClassInputException>(() => table.Apply(new ClassInput(ClassInputKind.SeatControl) { Party = "usa", Flag = true }));
        Assert.False(table.IsHuman("usa"));
    }

    [Fact]
    public void ReleasingTheCoMediatorsSeatLetsTheAgentDraft()
    {
        var table = new ClassTable(Compiled, ["usa"]);
        table.Apply(new ClassInput(ClassInputKind.Start));

        table.Apply(new ClassInput(ClassInputKind.SeatControl) { Party = "usa", Flag = false });

        Assert.NotEqual(ClassPhase.Drafting, table.Phase);
        Assert.Equal(-1, table.HumanChairSeat());
    }

    [Fact]
    public void ACoMediatorsBriefSaysWhomItSharesTheChairWithAndItsShare()
    {
        var brief = SeatBriefBuilder.Build(CoChairs.Value, "usa");

        var item = Assert.Single(brief.Items, i => i.Key == "chair:shared");
        Assert.StartsWith("You share the chair with Turkey (60%); your share is 40%.", item.Text, StringComparison.Ordinal);
        Assert.Contains("Turkey–US–Ukraine trilateral", item.Quote, StringComparison.Ordinal);
        Assert.Equal(ClassSeatRole.Chair, brief.Role);
        Assert.DoesNotContain(SeatBriefBuilder.Build(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")), "turkey").Items, i => i.Key == "chair:shared");
    }
}
