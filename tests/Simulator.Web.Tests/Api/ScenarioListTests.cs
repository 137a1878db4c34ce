using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>`GET /api/scenarios` lists what the prepare page lists, in its order: the id to create a class with and the title to read.</summary>
public sealed class ScenarioListTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    [Fact]
    public async Task The_api_lists_the_scenarios_by_title_then_the_series_each_with_its_id()
    {
        var list = (await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/scenarios"))!;

        var choices = list.Select(c => (Id: c!["id"]!.GetValue<string>(), Title: c["title"]!.GetValue<string>(), Series: c["series"]!.GetValue<bool>())).ToList();
        Assert.Equal(("istanbul-2025-05-16", "Istanbul talks, 16 May 2025 (baseline)", false), choices[0]);
        Assert.Equal(("istanbul-2025-series", "The Istanbul rounds of 2025 (16 May, 2 June, 23 July)", true), choices[^1]);
        var scenarios = choices.Where(c => !c.Series).Select(c => c.Title).ToList();
        Assert.Equal(scenarios.Order(StringComparer.OrdinalIgnoreCase), scenarios);
        Assert.Contains(choices, c => c.Id == "what-if-us-co-chairs" && c.Title == "What if: Turkey and the United States co-chair the talks");
    }
}
