using Bunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Simulator.Web.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

/// <summary>The prepare page lists the shipped scenarios by title, ordered by title, with the series after them; the id stays the value the form sends.</summary>
public sealed class ScenarioPickerTests : BunitContext
{
    private static readonly Lazy<ScenarioCatalog> Shipped = new(() => new ScenarioCatalog(
        Options.Create(new ClassroomOptions { ScenarioDirectory = RepositoryFiles.PathOf("scenarios") }),
        new NoEnvironment()));

    [Fact]
    public void Scenarios_are_listed_by_title_in_title_order_with_their_id_as_the_value_and_the_series_after_them()
    {
        var cut = Render<ScenarioPicker>(ps => ps.Add(p => p.Choices, Shipped.Value.Choices).Add(p => p.Selected, "istanbul-2025-05-16"));

        var scenarios = cut.FindAll("optgroup[label=Scenarios] option").Select(o => (Value: o.GetAttribute("value")!, Text: o.TextContent)).ToList();
        Assert.Equal(("istanbul-2025-05-16", "Istanbul talks, 16 May 2025 (baseline)"), scenarios[0]);
        Assert.Contains(("what-if-putin-attends", "What if: Putin attends in person"), scenarios);
        Assert.Equal(scenarios.Select(s => s.Text).Order(StringComparer.OrdinalIgnoreCase), scenarios.Select(s => s.Text));
        Assert.Equal(Shipped.Value.Ids.Order(StringComparer.Ordinal), scenarios.Select(s => s.Value).Order(StringComparer.Ordinal));
        Assert.All(scenarios, s => Assert.NotEqual(s.Value, s.Text));

        var series = Assert.Single(cut.FindAll("optgroup:not([label=Scenarios]) option"));
        Assert.Equal(("istanbul-2025-series", "The Istanbul rounds of 2025 (16 May, 2 June, 23 July)"), (series.GetAttribute("value"), series.TextContent));
        Assert.Equal("istanbul-2025-05-16", cut.Find("option[selected]").GetAttribute("value"));
        Assert.Equal("istanbul-2025-05-16", cut.Find("option[selected]").GetAttribute("title"));
    }

    /// <summary>The catalog asks the environment only when no folder is configured; these tests configure one.</summary>
    private sealed class NoEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = string.Empty;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ApplicationName { get; set; } = "tests";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = string.Empty;

        public string EnvironmentName { get; set; } = "Development";
    }
}
