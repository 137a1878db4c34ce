using System.Globalization;
using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>
/// `sim analyze` and the engine never disagree silently: every relaxation the red-line diagnosis
/// proposes is applied with `sim run --set` (the one override path) and the engine's answer is held
/// to the diagnosis's own words.
/// </summary>
public sealed class DiagnosisCheckTests
{
    private const string Runs = "100";
    private const string Seed = "20250516";

    [Theory]
    [InlineData("scenarios/istanbul-2025-05-16.yaml")]
    [InlineData("scenarios/what-if-putin-attends.yaml")]
    public void Each_proposed_relaxation_run_through_set_gives_what_the_diagnosis_says(string file)
    {
        var (exit, stdout, stderr) = SimCli.Run("analyze", file, "--format", "json", "--runs", Runs, "--seed", Seed);
        Assert.True(exit == 0, stderr);
        using var analysis = JsonDocument.Parse(stdout);
        var checkedRelaxations = 0;
        foreach (var diagnosis in analysis.RootElement.GetProperty("diagnoses").EnumerateArray())
        {
            var issue = diagnosis.GetProperty("issue").GetString()!;
            var subject = diagnosis.GetProperty("subject").GetString()!;
            var explanation = diagnosis.GetProperty("explanation").GetString()!;
            var options = diagnosis.GetProperty("options").GetArrayLength();
            var checks = diagnosis.GetProperty("checks").EnumerateArray().ToList();
            Assert.Equal(options, checks.Count);
            foreach (var check in checks)
            {
                var sets = check.GetProperty("sets").EnumerateArray().Select(s => s.GetString()!).ToList();
                var args = new List<string> { "run", file, "--runs", Runs, "--seed", Seed, "--format", "json", "--in-process" };
                args.AddRange(sets.SelectMany(s => new[] { "--set", s }));
                var run = SimCli.Run([.. args]);
                Assert.True(run.ExitCode == 0, run.Err);
                using var result = JsonDocument.Parse(run.Out);
                var outcome = result.RootElement.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == issue);
                var agreed = AgreedWithin(outcome, subject, issue);
                Assert.Equal(agreed, check.GetProperty("agreedRuns").GetInt32());

                var verdict = check.GetProperty("verdict").GetString()!;
                Assert.Contains(verdict, explanation, StringComparison.Ordinal);
                Assert.Contains(string.Join(" ", sets.Select(s => "--set " + s)), verdict, StringComparison.Ordinal);
                var share = (double)agreed / int.Parse(Runs, CultureInfo.InvariantCulture);
                Assert.Contains($"is agreed in {(share * 100).ToString("0.#", CultureInfo.InvariantCulture)}% of {Runs} runs", verdict, StringComparison.Ordinal);
                if (share >= 0.5)
                {
                    Assert.True(check.GetProperty("sufficient").GetBoolean());
                    Assert.DoesNotContain("not sufficient", verdict, StringComparison.Ordinal);
                }
                else
                {
                    Assert.False(check.GetProperty("sufficient").GetBoolean());
                    Assert.Contains("necessary but not sufficient", verdict, StringComparison.Ordinal);
                    var blockers = outcome.GetProperty("blockers").EnumerateArray().ToList();
                    if (blockers.Count > 0)
                    {
                        Assert.Equal(blockers[0].GetProperty("key").GetString(), check.GetProperty("stillBlockedBy").GetString());
                        Assert.Contains(blockers[0].GetProperty("key").GetString()!, verdict, StringComparison.Ordinal);
                    }
                }

                checkedRelaxations++;
            }
        }

        Assert.True(checkedRelaxations > 0, "the diagnosis proposed relaxations to check");
    }

    [Fact]
    public void Without_runs_the_diagnosis_says_a_zone_is_necessary_not_sufficient()
    {
        var (exit, stdout, _) = SimCli.Run("analyze", "scenarios/istanbul-2025-05-16.yaml", "--format", "json", "--runs", "0");
        Assert.Equal(0, exit);
        using var analysis = JsonDocument.Parse(stdout);
        foreach (var diagnosis in analysis.RootElement.GetProperty("diagnoses").EnumerateArray())
        {
            Assert.Contains("necessary for an agreement, not sufficient", diagnosis.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
        }
    }

    /// <summary>Runs that agreed the issue, within the subject's range when it names one ("ceasefire >= 15").</summary>
    private static int AgreedWithin(JsonElement outcome, string subject, string issue)
    {
        var histogram = outcome.GetProperty("agreedValues") is { ValueKind: JsonValueKind.Object } values
            ? values.GetProperty("histogram").EnumerateArray().Select(b => (Value: b.GetProperty("value").GetDouble(), Count: b.GetProperty("count").GetInt32())).ToList()
            : [];
        if (subject == issue)
        {
            return outcome.GetProperty("agreedRuns").GetInt32();
        }

        var parts = subject.Split(' ');
        Assert.Equal(3, parts.Length);
        var bound = double.Parse(parts[2], CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            ">=" => histogram.Where(b => b.Value >= bound - 1e-9).Sum(b => b.Count),
            "<=" => histogram.Where(b => b.Value <= bound + 1e-9).Sum(b => b.Count),
            _ => throw new InvalidOperationException($"unexpected subject '{subject}'"),
        };
    }
}
