using CsCheck;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

public sealed class EnginePropertyTests
{
    [Fact]
    public void An_agreed_outcome_never_breaks_a_principals_red_line_mandate_or_linkage()
    {
        RandomTables.Scenario.Sample(scenario =>
        {
            var compiled = CompiledScenario.Compile(scenario);
            var values = compiled.Parameters.CopyBaseValues();
            var result = MediatedSingleTextProtocol.Instance.Run(compiled, [.. values], recordTranscript: false);
            var outcome = new double[compiled.IssueCount];
            for (var i = 0; i < outcome.Length; i++)
            {
                outcome[i] = values[compiled.StatusQuo[i]];
            }

            foreach (var o in result.Issues.Where(o => o.Agreed))
            {
                outcome[o.Issue] = o.Value;
            }

            foreach (var party in scenario.Parties.Where(p => p.Role == PartyRole.Principal))
            {
                foreach (var o in result.Issues.Where(o => o.Agreed))
                {
                    var issue = scenario.Issues[o.Issue].Id;
                    Assert.True(party.StanceOn(issue)?.RedLine?.Allows(o.Value) ?? true, $"{party.Id}'s red line on {issue} broken by {o.Value}");
                    Assert.True(party.Delegation.Mandate.Where(m => m.IssueId == issue).All(m => m.Allows(o.Value)), $"{party.Id}'s mandate on {issue} broken by {o.Value}");
                }

                foreach (var linkage in party.Linkages)
                {
                    var when = outcome[scenario.IssueIndex(linkage.When.IssueId)];
                    var require = outcome[scenario.IssueIndex(linkage.Require.IssueId)];
                    var brokenAtStatusQuo = linkage.When.HoldsFor(values[compiled.StatusQuo[scenario.IssueIndex(linkage.When.IssueId)]])
                        && !linkage.Require.HoldsFor(values[compiled.StatusQuo[scenario.IssueIndex(linkage.Require.IssueId)]]);
                    Assert.True(brokenAtStatusQuo || !linkage.When.HoldsFor(when) || linkage.Require.HoldsFor(require), $"{party.Id}'s linkage broken");
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void Utilities_stay_within_zero_and_the_sum_of_saliences()
    {
        RandomTables.Scenario.Sample(scenario =>
        {
            var compiled = CompiledScenario.Compile(scenario);
            var values = compiled.Parameters.CopyBaseValues();
            var random = new Random(1);
            var outcome = new double[compiled.IssueCount];
            foreach (var p in compiled.Parties)
            {
                var bound = Enumerable.Range(0, compiled.IssueCount).Where(i => p.HasStance[i]).Sum(i => values[p.Salience[i]]);
                for (var k = 0; k < 20; k++)
                {
                    for (var i = 0; i < outcome.Length; i++)
                    {
                        outcome[i] = random.NextDouble() * 100;
                    }

                    Assert.InRange(UtilityFunction.Of(p, values, outcome), 0, bound + 1e-12);
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Every_session_ends_within_its_round_limit_and_time_budget()
    {
        RandomTables.Scenario.Sample(scenario =>
        {
            var compiled = CompiledScenario.Compile(scenario);
            var values = compiled.Parameters.CopyBaseValues();
            var result = MediatedSingleTextProtocol.Instance.Run(compiled, values, recordTranscript: true);
            Assert.InRange(result.Rounds, 1, scenario.Protocol.MaxRounds);
            Assert.InRange(result.Minutes, 0, scenario.Protocol.TimeBudgetMinutes.Value + 1e-9);
            Assert.Equal(result.Rounds, result.Transcript!.Count);
        }, iter: 300);
    }

    [Fact]
    public void Aspiration_schedule_reproduces_the_utility_space_oracle()
    {
        // THEORY.md: target(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)), Pmin = 0.4, Pmax = 1.
        double[] t = [0, 0.25, 0.5, 0.75, 0.9, 1];
        double[] boulware = [1.0, 0.99941, 0.98125, 0.85762, 0.64571, 0.4];
        double[] linear = [1.0, 0.85, 0.7, 0.55, 0.46, 0.4];
        double[] conceder = [1.0, 0.7, 0.57574, 0.48038, 0.43079, 0.4];
        for (var k = 0; k < t.Length; k++)
        {
            Assert.Equal(boulware[k], AspirationSchedule.At(t[k], 0.2, 0.4), 5);
            Assert.Equal(linear[k], AspirationSchedule.At(t[k], 1, 0.4), 5);
            Assert.Equal(conceder[k], AspirationSchedule.At(t[k], 2, 0.4), 5);
        }
    }
}
