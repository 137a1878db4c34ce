using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Series;

namespace Simulator.Domain.Tests.Series;

public sealed class SeriesLoaderTests : IDisposable
{
    private readonly SeriesFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Shipped_series_loads_three_rounds_with_their_carry_over_and_events()
    {
        var series = SeriesLoader.Load(RepositoryFiles.PathOf(SeriesFiles.Shipped));

        Assert.Equal(["may16", "jun02", "jul23"], series.Rounds.Select(r => r.Id));
        Assert.Equal(17, series.Rounds[1].DaysAfterPrevious);
        var swap = Assert.Single(series.Rounds[1].CarryOver);
        Assert.Equal(CarryMode.Fresh, swap.Mode);
        Assert.Equal("series.rounds.jun02.carryOver.prisoner_exchange.implemented", swap.Implemented.Path);
        Assert.True(swap.Implemented.IsUncertain);
        Assert.Equal("ukraine", Assert.Single(series.Rounds[1].Trust).PartyId);
        Assert.Contains(series.Events, e => e.BeforeRound == "jul23" && e.Retire.Contains("bodies_exchange"));
        Assert.True(SeriesLoader.IsSeries(RepositoryFiles.PathOf(SeriesFiles.Shipped)));
        Assert.False(SeriesLoader.IsSeries(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
    }

    [Fact]
    public void Event_naming_an_unknown_round_is_an_error_at_its_line_with_a_suggestion()
    {
        var path = _files.TwoRounds(seriesExtra: """
            events:
              - before: jun20
                description: Something happens
            """);

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => SeriesLoader.Load(path)).Errors);
        Assert.EndsWith("two.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(Line(path, "before: jun20"), error.Line);
        Assert.Contains("round 'jun20', which the series does not have", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'jun02'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_before_the_first_round_is_an_error()
    {
        var path = _files.TwoRounds(seriesExtra: """
            events:
              - {before: may16, description: Too early}
            """);

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => SeriesLoader.Load(path)).Errors);
        Assert.Contains("before the first round", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_retiring_or_adding_an_unknown_issue_and_changing_an_unknown_path_are_errors()
    {
        var path = _files.TwoRounds(seriesExtra: """
            events:
              - before: jun02
                description: Bad references
                retire: [bodies_exchang]
                addToAgenda: [working_groups]
                changes:
                  - {path: parties.russia.reservationUtilty, value: 0.5}
            """);

        var errors = Assert.Throws<ScenarioException>(() => SeriesLoader.Load(path)).Errors;
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("'bodies_exchang' is not on round jun02's agenda", StringComparison.Ordinal) && e.Hint!.Contains("did you mean 'bodies_exchange'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no issue 'working_groups'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no parameter 'parties.russia.reservationUtilty'", StringComparison.Ordinal) && e.Hint!.Contains("parties.russia.reservationUtility", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.True(e.Line > 0));
    }

    [Fact]
    public void Carry_over_of_an_issue_the_previous_round_lacks_and_trust_in_a_non_principal_are_errors()
    {
        var path = _files.TwoRounds(jun02Extra: """
            carryOver:
              bodies_exchange: {mode: fresh}
              prisoner_exchange: {implemented: {value: 1.2}}
            trust:
              turkey: {reservationUtility: 0.1}
            """);

        var errors = Assert.Throws<ScenarioException>(() => SeriesLoader.Load(path)).Errors;
        Assert.Contains(errors, e => e.Message.Contains("carryOver names issue 'bodies_exchange', which the previous round does not have", StringComparison.Ordinal) && e.Line == Line(path, "bodies_exchange: {mode: fresh}"));
        Assert.Contains(errors, e => e.Message.Contains("must lie in [0, 1]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'turkey', which is not a principal", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_errors_in_a_series_name_the_key_and_the_line()
    {
        var path = _files.TwoRounds(jun02Extra: "carryOver: {prisoner_exchange: {mode: renewed}}");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => SeriesLoader.Load(path)).Errors);
        Assert.Contains("mode", error.Message, StringComparison.Ordinal);
        Assert.Equal(Line(path, "mode: renewed"), error.Line);
    }

    [Fact]
    public void A_series_file_given_to_the_scenario_loader_says_what_takes_it()
    {
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(RepositoryFiles.PathOf(SeriesFiles.Shipped))).Errors);
        Assert.Contains("series of rounds, not one scenario", error.Message, StringComparison.Ordinal);
    }

    private static int Line(string path, string text) =>
        File.ReadAllLines(path).ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
