using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Human output names parties and issues the way tables do, and gives each bound its meaning; keys and paths keep their ids.</summary>
public sealed class ScenarioWordingTests
{
    private static readonly ScenarioWording Words = new(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));

    [Fact]
    public void Ids_become_names_and_labels_and_a_bound_gets_its_meaning()
    {
        Assert.Equal(
            "Russia's delegation may only agree Zelensky-Putin meeting <= 25 ('request noted'; 20.1–29.9 in the runs it blocked)",
            Words.Text("russia's delegation may only agree leaders_summit <= 25 (20.1–29.9 in the runs it blocked)"));
        Assert.Equal(
            "Ukraine's red line keeps Territory at most 40 ('freeze on the current line'), too close to the status quo to agree anything",
            Words.Text("ukraine's red line keeps territory at most 40, too close to the status quo to agree anything"));
    }

    [Fact]
    public void Keys_and_paths_that_contain_ids_are_left_alone()
    {
        Assert.Equal("linkage:russia.ceasefire_needs_withdrawal", Words.Text("linkage:russia.ceasefire_needs_withdrawal"));
        Assert.Equal("parties.ukraine.stances.territory.redLine.max", Words.Text("parties.ukraine.stances.territory.redLine.max"));
    }

    [Fact]
    public void A_name_ending_in_s_takes_a_bare_apostrophe()
    {
        var words = new ScenarioWording(ScenarioLoader.Load(RepositoryFiles.PathOf("tests/Simulator.Cli.Tests/Scenarios/signatories.yaml")));
        Assert.StartsWith("Shipping insurers' red line is ", words.Text("insurers's red line is swap <= 40"), StringComparison.Ordinal);
        Assert.Equal("Shipping insurers and Russia's limits", words.Text("insurers and russia's limits"));
    }
}
