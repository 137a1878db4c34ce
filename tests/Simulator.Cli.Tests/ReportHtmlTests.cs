using Simulator.Cli.Output.Report;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Cli.Tests;

public sealed class ReportHtmlTests
{
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
