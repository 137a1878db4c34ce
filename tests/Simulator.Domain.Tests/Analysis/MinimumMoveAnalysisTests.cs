using Simulator.Domain.Analysis;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Analysis;

/// <summary>
/// The analysis uses the protocols' minimum move: an issue moved less than
/// <see cref="MediatorDrafter.MinimumMeaningfulChange"/> from its status quo is not agreed, is valued
/// at the status quo and binds no red line, so no solution point reports a token move.
/// </summary>
public sealed class MinimumMoveAnalysisTests
{
    // B's red line leaves y only a token move (0 to 5 from a status quo of 0); x is open.
    private const string Token = """
        id: token
        title: Token move
        issues:
          x: {label: X, statusQuo: 0}
          y: {label: Y, statusQuo: 0}
        parties:
          a:
            name: A
            role: principal
            stances:
              x: {position: 100, salience: 0.5}
              y: {position: 100, salience: 0.5}
          b:
            name: B
            role: principal
            stances:
              x: {position: 60, salience: 0.5}
              y: {position: 0, salience: 0.5, redLine: {max: 5}}
          chair: {name: Chair, role: mediator}
        protocol: {kind: mediated-single-text, mediator: chair, timeBudgetMinutes: 90}
        """;

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(9.99, false)]
    [InlineData(10, true)]
    [InlineData(9.9999999999, true)]
    [InlineData(40, true)]
    public void AnIssueIsAgreedOnlyWhenItMovesAtLeastTheMinimumAsInTheProtocols(double value, bool agreed)
    {
        var space = new AgreementSpace(ScenarioLoader.LoadText(Token, "test.yaml"));

        Assert.Equal(agreed, space.IsAgreed(1, value));
        Assert.Equal(ScenarioPackages.Agreed([0, value], [0, 0], 1), space.IsAgreed(1, value));
        Assert.Equal(agreed ? value : 0, space.Effective(1, value));
    }

    [Fact]
    public void ATokenMoveIsValuedAtTheStatusQuo()
    {
        var space = new AgreementSpace(ScenarioLoader.LoadText(Token, "test.yaml"));

        Assert.Equal(space.Utility(0, [0, 0]), space.Utility(0, [0, 5]), 12);
        Assert.Equal(space.IssueUtility(0, 1, 0), space.IssueUtility(0, 1, 5), 12);
        Assert.True(space.Utility(0, [0, 10]) > space.Utility(0, [0, 0]));
    }

    [Fact]
    public void NoSolutionPointAgreesAnIssueItMovesLessThanTheMinimum()
    {
        var report = ScenarioAnalysis.Analyse(ScenarioLoader.LoadText(Token, "test.yaml"), new ScenarioAnalysisOptions());

        Assert.NotEmpty(report.Solutions);
        Assert.All(report.Solutions, s => Assert.False(s.Agreed.ContainsKey("y"), $"{s.Concept} agrees y at {(s.Agreed.TryGetValue("y", out var v) ? v : 0)}"));
        Assert.All(report.Solutions, s => Assert.True(s.Agreed["x"] >= 10, $"{s.Concept} agrees x at {s.Agreed["x"]}"));
        Assert.False(report.Zones.Single(z => z.Issue == "y").JointZoneExists);
    }

    [Fact]
    public void EverySolutionPointOfTheBaselineMovesEachAgreedIssueAtLeastTheMinimum()
    {
        var scenario = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));
        var report = ScenarioAnalysis.Analyse(scenario, new ScenarioAnalysisOptions());

        foreach (var solution in report.Solutions)
        {
            foreach (var (issue, value) in solution.Agreed)
            {
                var statusQuo = scenario.Issue(issue).StatusQuo.Value;
                Assert.True(Math.Abs(value - statusQuo) >= MediatorDrafter.MinimumMeaningfulChange - 1e-9, $"{solution.Concept} agrees {issue} at {value} (status quo {statusQuo})");
            }
        }
    }
}
