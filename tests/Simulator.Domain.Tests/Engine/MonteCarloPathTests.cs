using System.Globalization;
using System.Text;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// The Monte Carlo path plays the mediated table on a reused session with reused buffers; it must
/// give, run for run, what a new session driven step by step (as the grains and the classroom drive
/// it) gives, and what `sim explain` records.
/// </summary>
public sealed class MonteCarloPathTests
{
    [Fact]
    public void The_pooled_path_gives_what_a_session_driven_step_by_step_gives()
    {
        // The scenarios alternate on this thread, so the pooled session also changes scenario.
        var scenarios = RepositoryFiles.ShippedScenarios().Select(f => CompiledScenario.Compile(ScenarioLoader.Load(f)))
            .Where(s => s.Scenario.Protocol.Kind == Simulator.Domain.Scenarios.ProtocolKind.MediatedSingleText)
            .ToList();
        Assert.True(scenarios.Count >= 3);
        var compared = 0;
        for (var run = 0; run < 60; run++)
        {
            foreach (var scenario in scenarios)
            {
                var pooled = Fingerprint(MediatedSingleTextProtocol.Instance.Run(scenario, Values(scenario, run), recordTranscript: false));
                var stepped = Fingerprint(StepByStep(scenario, Values(scenario, run)));
                var explained = Fingerprint(ExperimentRunner.Explain(scenario, 11, run));
                Assert.Equal(stepped, pooled);
                Assert.Equal(explained, pooled);
                compared++;
            }
        }

        Assert.Equal(60 * scenarios.Count, compared);
    }

    [Fact]
    public void The_pooled_path_gives_what_explain_records_on_the_seeds_and_the_cli_fixtures()
    {
        // Signatories, absent principals, any-of linkages, all-or-nothing agendas and timelines live here.
        var scenarios = new[] { "seeds", "tests/Simulator.Cli.Tests/Scenarios" }
            .SelectMany(folder => Directory.GetFiles(RepositoryFiles.PathOf(folder), "*.yaml").Order(StringComparer.Ordinal))
            .Where(f => !Simulator.Domain.Series.SeriesLoader.IsSeries(f))
            .Select(TryCompile)
            .OfType<CompiledScenario>()
            .Where(s => s.Scenario.Protocol.Kind == Simulator.Domain.Scenarios.ProtocolKind.MediatedSingleText)
            .ToList();
        Assert.True(scenarios.Count >= 5);
        Assert.Contains(scenarios, s => s.Timeline.Length > 0);
        for (var run = 0; run < 25; run++)
        {
            foreach (var scenario in scenarios)
            {
                var pooled = Fingerprint(MediatedSingleTextProtocol.Instance.Run(scenario, Values(scenario, run), recordTranscript: false));
                Assert.Equal(Fingerprint(ExperimentRunner.Explain(scenario, 11, run)), pooled);
                Assert.Equal(Fingerprint(StepByStep(scenario, Values(scenario, run))), pooled);
            }
        }
    }

    [Fact]
    public void A_round_on_the_pooled_path_allocates_nothing()
    {
        // Once the buffers have grown to what these runs need, replaying them allocates no byte until
        // the result, events included (Istanbul opens with two).
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        Assert.NotEmpty(scenario.Timeline);
        var values = Enumerable.Range(0, 200).Select(run => Values(scenario, run)).ToList();
        var session = new MediatedSession(scenario, [.. values[0]], recordTranscript: false);
        var rounds = 0L;
        for (var pass = 0; pass < 2; pass++)
        {
            var allocated = 0L;
            foreach (var drawn in values)
            {
                var run = (double[])drawn.Clone();
                var before = GC.GetAllocatedBytesForCurrentThread();
                session.Restart(run);
                session.RunAsAgents();
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                rounds += pass == 1 ? session.Round : 0;
            }

            if (pass == 1)
            {
                Assert.Equal(0, allocated);
            }
        }

        Assert.True(rounds > 400, $"the runs played {rounds} rounds");
    }

    private static CompiledScenario? TryCompile(string file)
    {
        try
        {
            return CompiledScenario.Compile(ScenarioLoader.Load(file));
        }
        catch (Simulator.Domain.Scenarios.Loading.ScenarioException)
        {
            return null; // some fixtures are invalid on purpose
        }
    }

    private static double[] Values(CompiledScenario scenario, int run) =>
        ParameterSampler.Sample(scenario.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(11, run)));

    private static NegotiationResult StepByStep(CompiledScenario scenario, double[] values)
    {
        var session = new MediatedSession(scenario, values, recordTranscript: false);
        for (var round = 0; round < 1000 && session.BeginRound() is { } question; round++)
        {
            session.CompleteRound([.. scenario.Principals.Select(p => session.AgentAnswer(p, question))]);
        }

        return session.Result();
    }

    private static string Fingerprint(NegotiationResult result)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{result.Rounds} {result.Minutes:R} {result.EndReason}");
        foreach (var o in result.Issues)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{o.Issue} {o.Agreed} {o.Value:R} {o.Round} {o.Blocker?.Key} {o.Blocker?.Explanation}");
        }

        return sb.ToString();
    }
}
