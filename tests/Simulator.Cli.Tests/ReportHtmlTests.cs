using System.Net;
using System.Text.RegularExpressions;
using Simulator.Cli.Output.Report;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Cli.Tests;

public sealed partial class ReportHtmlTests
{
    private static readonly Lazy<string> Istanbul = new(() =>
    {
        var scenario = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));
        var compiled = CompiledScenario.Compile(scenario);
        var result = ExperimentRunner.Run(compiled, runs: 60, seed: 20250516);
        var sample = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, 20250516, 0));
        return ReportHtml.Build(new ReportContent(scenario, result, null, null, sample, ScenarioAnalysis.Analyse(scenario, new ScenarioAnalysisOptions()), null));
    });

    [Fact]
    public void The_observed_column_shows_the_record_s_grade_as_the_run_table_does()
    {
        var rows = Rows(Istanbul.Value, "Outcome probabilities");

        Assert.Contains("<td>Further talks</td>", rows["Further talks"], StringComparison.Ordinal);
        Assert.Contains(">agreed in principle 50 (agreed)<", rows["Further talks"], StringComparison.Ordinal);
        Assert.Contains(">deferred (not agreed)<", rows["Ceasefire"], StringComparison.Ordinal);
        Assert.Contains(">noted (not agreed)<", rows["Zelensky-Putin meeting"], StringComparison.Ordinal);
        Assert.Contains(">rejected<", rows["Neutrality"], StringComparison.Ordinal);
        Assert.Contains(">agreed 1,000 prisoners per side<", rows["Prisoner exchange"], StringComparison.Ordinal);
        Assert.Contains(">not agreed<", rows["Territory"], StringComparison.Ordinal);
    }

    [Fact]
    public void Blockers_parties_zones_and_diagnoses_are_worded_with_names_and_labels()
    {
        var html = Istanbul.Value;
        var outcomes = WebUtility.HtmlDecode(Section(html, "Outcome probabilities"));
        var bargaining = WebUtility.HtmlDecode(Section(html, "Bargaining analysis"));

        Assert.DoesNotMatch(EngineIds(), Unquoted(outcomes));
        Assert.DoesNotMatch(EngineIds(), Unquoted(bargaining));
        Assert.Contains("Game-theoretic benchmarks for Ukraine and Russia", bargaining, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">Ukraine</th>", bargaining, StringComparison.Ordinal);
        Assert.Contains("Limits on Ukraine's military has no zone of agreement because Ukraine's red line is Limits on Ukraine's military <= 30", bargaining, StringComparison.Ordinal);
        Assert.Contains("Russia's delegation may only agree Zelensky-Putin meeting <= 25", outcomes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_session_shows_its_rounds_with_the_drawn_values_folded_away()
    {
        var session = WebUtility.HtmlDecode(Section(Istanbul.Value, "A sample session"));

        Assert.Contains("<details><summary>Values drawn for this run (the scenario's value in brackets)", session, StringComparison.Ordinal);
        Assert.Contains("Round 1 (minute 0)", session, StringComparison.Ordinal);
        Assert.Contains("Ended after ", session, StringComparison.Ordinal);
        Assert.DoesNotContain("…", session, StringComparison.Ordinal);
    }

    /// <summary>The decoded text of one h2 section (no tags), without the scale's quoted anchors ('no ceasefire, fighting continues' is a meaning, not an id).</summary>
    private static string Unquoted(string section) => QuotedAnchor().Replace(WebUtility.HtmlDecode(Tag().Replace(section, " ")), "''");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private static string Section(string html, string heading)
    {
        var start = html.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = html.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>Each table row of a section, by its first cell.</summary>
    private static Dictionary<string, string> Rows(string html, string heading) =>
        FirstCell().Matches(Section(html, heading)).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Value);

    [GeneratedRegex("<tr><td>([^<]*)</td>.*?</tr>")]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"(?<!\w)'[^']*'(?!\w)")]
    private static partial Regex QuotedAnchor();

    /// <summary>The seed scenario's ids where a reader expects a name or a label.</summary>
    [GeneratedRegex(@"\b(ukraine|russia|turkey|usa|europe|ceasefire|prisoner_exchange|leaders_summit|follow_up_talks|territory|neutrality|military_limits|sanctions|security_guarantees)\b")]
    private static partial Regex EngineIds();

    [Fact]
    public void Text_from_the_scenario_is_escaped_so_a_quote_cannot_inject_markup()
    {
        var yaml = File.ReadAllText(RepositoryFiles.PathOf("tests/Simulator.Cli.Tests/Scenarios/decisive-red-line.yaml"))
            .Replace("A will not accept a small swap", "<script>alert('x')</script> & more", StringComparison.Ordinal);
        var scenario = ScenarioLoader.LoadText(yaml, "hostile.yaml");
        var compiled = CompiledScenario.Compile(scenario);
        var result = ExperimentRunner.Run(compiled, runs: 20, seed: 1, parallelism: 1);

        var html = ReportHtml.Build(new ReportContent(scenario, result, null, null, "Round 1 <b>", null, null));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("Round 1 &lt;b&gt;", html, StringComparison.Ordinal);
        // Optional sections are left out, not shown empty.
        Assert.DoesNotContain("What drives each outcome", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter sweep", html, StringComparison.Ordinal);
    }
}
