using System.Text.RegularExpressions;
using Bunit;
using Simulator.Domain.Classroom;
using Simulator.Domain.MonteCarlo;
using Simulator.Web.Classroom;
using Simulator.Web.Components.Shared;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Components;

/// <summary>
/// The debrief reads like the CLI: party names and issue labels in every human cell (ids stay in the
/// JSON and the data attributes), and the record with its grade as `sim run`'s table prints it.
/// </summary>
public sealed partial class DebriefViewTests : BunitContext
{
    private static readonly Lazy<Debrief> Played = new(PlayToTheEnd);

    [Fact]
    public void What_blocked_each_issue_is_worded_with_names_and_labels_not_ids()
    {
        var cut = Render<DebriefView>(ps => ps.Add(p => p.Debrief, Played.Value).Add(p => p.Code, "ABCDEF"));

        var blockers = cut.FindAll("td.blocker").Select(td => td.TextContent).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(blockers);
        foreach (var text in blockers)
        {
            Assert.DoesNotMatch(EngineIds(), Unquoted(text));
        }

        Assert.Contains(blockers, b => b.Contains("Ukraine", StringComparison.Ordinal) || b.Contains("Russia", StringComparison.Ordinal));
        Assert.NotNull(cut.Find("tr[data-issue=military_limits]"));
    }

    [Fact]
    public void The_bargaining_table_names_the_parties()
    {
        var cut = Render<DebriefView>(ps => ps.Add(p => p.Debrief, Played.Value).Add(p => p.Code, "ABCDEF"));

        var rows = cut.FindAll("tr.solution").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"Ukraine 0\.\d{3} → 0\.\d{3}; Russia 0\.\d{3} → 0\.\d{3}", r));
        Assert.All(rows, r => Assert.DoesNotMatch(EngineIds(), r));
        Assert.Contains("ukraine", Played.Value.Solutions[0].ClassUtility.Keys);
    }

    [Fact]
    public void History_shows_the_record_s_grade_as_the_run_table_does()
    {
        var cut = Render<DebriefView>(ps => ps.Add(p => p.Debrief, Played.Value).Add(p => p.Code, "ABCDEF"));

        string Record(string issue) => cut.Find($"tr[data-issue={issue}] td.record").TextContent;
        Assert.Equal("deferred (not agreed)", Record("ceasefire"));
        Assert.Equal("agreed 1,000 prisoners per side", Record("prisoner_exchange"));
        Assert.Equal("noted (not agreed)", Record("leaders_summit"));
        Assert.Equal("agreed in principle 50 (agreed)", Record("follow_up_talks"));
        Assert.Equal("rejected", Record("neutrality"));
        Assert.Equal("not agreed", Record("territory"));
        Assert.Contains(Played.Value.Issues, i => i.Sentence.Contains("the real talks record it as agreed in principle 50 (agreed)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_downloaded_html_debrief_says_the_same_in_the_same_words()
    {
        var html = DebriefHtml.Write(Played.Value);

        Assert.Contains("<td>agreed in principle 50 (agreed)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>deferred (not agreed)</td>", html, StringComparison.Ordinal);
        Assert.Matches(@"Ukraine 0\.\d{3} → 0\.\d{3}", html);
        Assert.Contains("Ukraine: “We came to talk.”", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<h2>Issue by issue</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Concession paths</h2>", StringComparison.Ordinal)];
        Assert.DoesNotMatch(EngineIds(), Unquoted(System.Net.WebUtility.HtmlDecode(table)));
    }

    [Fact]
    public void A_statement_in_the_debrief_carries_the_party_s_name()
    {
        var cut = Render<DebriefView>(ps => ps.Add(p => p.Debrief, Played.Value).Add(p => p.Code, "ABCDEF"));

        Assert.Contains("Ukraine says: “We came to talk.”", cut.Find(".notices").TextContent, StringComparison.Ordinal);
    }

    /// <summary>The text without the scale's quoted anchors ('no ceasefire, fighting continues' is a meaning, not an id).</summary>
    private static string Unquoted(string text) => QuotedAnchor().Replace(text, "''");

    [GeneratedRegex(@"(?<!\w)'[^']*'(?!\w)")]
    private static partial Regex QuotedAnchor();

    /// <summary>The seed scenario's ids where a reader expects a name or a label (labels are capitalised; ids are not).</summary>
    [GeneratedRegex(@"\b(ukraine|russia|turkey|usa|europe|ceasefire|prisoner_exchange|leaders_summit|follow_up_talks|territory|neutrality|military_limits|sanctions|security_guarantees)\b")]
    private static partial Regex EngineIds();

    /// <summary>A class with Ukraine played by a person who says one thing and then lets the clock run out every round.</summary>
    private static Debrief PlayToTheEnd()
    {
        var table = Views.Table(["ukraine"], new ClassInput(ClassInputKind.Statement) { Party = "ukraine", Text = "We came to talk." }, new ClassInput(ClassInputKind.Start));
        for (var k = 0; k < 100 && table.Phase != ClassPhase.Over; k++)
        {
            table.Apply(new ClassInput(ClassInputKind.TimeUp) { Round = table.Round });
        }

        Assert.Equal(ClassPhase.Over, table.Phase);
        var simulated = ExperimentRunner.Run(table.Scenario, 40, table.Scenario.Scenario.MonteCarlo.Seed);
        return DebriefBuilder.Build(table, simulated, DebriefBuilder.Bargaining(table.Scenario));
    }
}
