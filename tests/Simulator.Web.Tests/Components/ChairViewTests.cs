using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

public sealed class ChairViewTests : BunitContext
{
    [Fact]
    public void The_chair_finds_the_engines_draft_filled_in_and_sends_its_own_version()
    {
        var table = Views.Table(["turkey"], new ClassInput(ClassInputKind.Start));
        (IReadOnlyList<KeyValuePair<string, double>> Draft, IReadOnlyList<string> Separate)? sent = null;
        var cut = Render<ChairView>(ps => ps
            .Add(p => p.View, Views.Room(table))
            .Add(p => p.Private, Views.Seat(table, "turkey"))
            .Add(p => p.OnDraft, ((IReadOnlyList<KeyValuePair<string, double>>, IReadOnlyList<string>) d) => sent = d));

        var engine = table.EngineDraft!.Text;
        var swap = table.Scenario.Scenario.IssueIndex("prisoner_exchange");
        Assert.Equal(engine.Count, cut.FindAll("input.include").Count(i => i.HasAttribute("checked")));
        Assert.Equal(engine.Single(t => t.Issue == swap).Value.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-issue=prisoner_exchange] input.value").GetAttribute("value"));
        cut.Find("[data-issue=prisoner_exchange] input.value").Change("55");
        cut.Find("[data-issue=ceasefire] input.include").Change(false);
        cut.Find("#submit-draft").Click();

        Assert.NotNull(sent);
        Assert.Contains(sent!.Value.Draft, d => d.Key == "prisoner_exchange" && d.Value == 55);
        Assert.DoesNotContain(sent.Value.Draft, d => d.Key == "ceasefire");
        Assert.Contains("prisoner_exchange", sent.Value.Separate);
    }
}
