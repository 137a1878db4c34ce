using System.Text.Json;
using Simulator.Grains.Sessions;

namespace Simulator.Cli.Tests.Play;

/// <summary>
/// `sim play` with people in the seats, in-process: a scripted keyboard and a fake clock, so the
/// deadlines pass without the tests waiting for them.
/// </summary>
public sealed class PlayCommandTests : IDisposable
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    /// <summary>Round 1 of the baseline puts the whole text and four separable items.</summary>
    private const int RoundOneItems = 4;

    private readonly string _out = Path.Combine(Path.GetTempPath(), "sim-play-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Each_human_seat_has_its_own_full_deadline_and_its_reason_is_its_own()
    {
        var play = new PlayHarness();
        play.Input
            .Pause(TimeSpan.FromSeconds(100)).Lines("y", 1 + RoundOneItems)
            .Pause(TimeSpan.FromSeconds(100)).Line("n").Lines("y", RoundOneItems).Line("we need more on prisoners");

        var result = await play.RunAsync("play", Baseline, "--human", "ukraine", "--human", "russia", "--deadline", "120", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("time is up", result.Out, StringComparison.Ordinal);
        var russiaAsked = result.Out.IndexOf("Russia, your decision for round 1", StringComparison.Ordinal);
        Assert.True(russiaAsked > 0, result.Out);
        Assert.StartsWith("120 s left", result.Out[result.Out.IndexOf("120 s left", russiaAsked, StringComparison.Ordinal)..], StringComparison.Ordinal);
        var round = FirstRound();
        var ukraine = Answer(round, "ukraine");
        var russia = Answer(round, "russia");
        Assert.True(ukraine.GetProperty("byHuman").GetBoolean());
        Assert.True(ukraine.GetProperty("onText").GetProperty("accepted").GetBoolean());
        Assert.True(russia.GetProperty("byHuman").GetBoolean());
        var objections = russia.GetProperty("onText").GetProperty("objections").EnumerateArray().ToList();
        Assert.Equal("\"we need more on prisoners\"", Assert.Single(objections).GetProperty("explanation").GetString());
        Assert.Equal("Declined", objections[0].GetProperty("kind").GetString());
        Assert.All(russia.GetProperty("onItems").EnumerateArray(), r => Assert.True(r.GetProperty("accepted").GetBoolean()));
        Assert.Contains("reason: \"we need more on prisoners\"", File.ReadAllText(Path.Combine(_out, "transcript.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_keeps_the_decisions_already_given_and_the_agent_answers_only_the_rest()
    {
        var agents = Path.Combine(_out, "agents");
        var reference = await new PlayHarness().RunAsync("play", Baseline, "--out", agents);
        var play = new PlayHarness();
        play.Input.Line("n").Line("y").Pause(TimeSpan.FromSeconds(61));

        var result = await play.RunAsync("play", Baseline, "--human", "ukraine", "--deadline", "60", "--out", _out);

        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("time is up", result.Out, StringComparison.Ordinal);
        var ukraine = Answer(FirstRound(), "ukraine");
        var agent = Answer(FirstRound(agents), "ukraine");
        Assert.True(ukraine.GetProperty("byHuman").GetBoolean());
        var onText = Assert.Single(ukraine.GetProperty("onText").GetProperty("objections").EnumerateArray());
        Assert.Equal(Contracts.Sessions.HumanAnswer.NoReasonGiven, onText.GetProperty("explanation").GetString());
        var items = ukraine.GetProperty("onItems").EnumerateArray().ToList();
        var agentItems = agent.GetProperty("onItems").EnumerateArray().ToList();
        Assert.Equal(RoundOneItems, items.Count);
        Assert.True(items[0].GetProperty("accepted").GetBoolean());
        for (var k = 1; k < items.Count; k++)
        {
            Assert.Equal(agentItems[k].GetProperty("accepted").GetBoolean(), items[k].GetProperty("accepted").GetBoolean());
            Assert.All(items[k].GetProperty("objections").EnumerateArray(), o => Assert.StartsWith(PersonAnswer.AgentAfterDeadline, o.GetProperty("explanation").GetString(), StringComparison.Ordinal));
        }

        Assert.Contains(agentItems.Skip(1), r => !r.GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task Q_at_a_seat_prompt_quits_cleanly_and_writes_nothing()
    {
        var play = new PlayHarness();
        play.Input.Line("y").Line("q");

        var result = await play.RunAsync("play", Baseline, "--human", "ukraine", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("quit", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Outcome after", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_out, "transcript.json")));
        Assert.False(File.Exists(Path.Combine(_out, "transcript.txt")));
    }

    [Fact]
    public async Task Q_between_rounds_quits_after_the_round_shown()
    {
        var play = new PlayHarness();
        play.Input.Line("q");

        var result = await play.RunAsync("play", Baseline, "--step", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Round 1", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Round 2", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFiles(_out, "transcript.*").Any());
    }

    [Fact]
    public async Task Ctrl_c_at_a_prompt_exits_130_and_writes_nothing()
    {
        var play = new PlayHarness();
        play.Input.Line("y").Then(play.Interrupt.Cancel);

        var result = await play.RunAsync("play", Baseline, "--human", "russia", "--out", _out);

        Assert.Equal(130, result.ExitCode);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFiles(_out, "transcript.*").Any());
    }

    [Theory]
    [InlineData(3UL)]
    [InlineData(7UL)]
    public async Task A_seeded_play_plays_run_0_of_that_seed(ulong seed)
    {
        var play = await new PlayHarness().RunAsync("play", Baseline, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _out);
        var run = SimCli.Run("run", Baseline, "--runs", "1", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--in-process");

        Assert.Equal(0, play.ExitCode);
        using var transcript = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "transcript.json")));
        using var result = JsonDocument.Parse(run.Out);
        var played = transcript.RootElement.GetProperty("outcome").GetProperty("issues").EnumerateArray()
            .ToDictionary(i => i.GetProperty("issue").GetString()!, i => i.GetProperty("agreed").GetBoolean());
        var ran = result.RootElement.GetProperty("issues").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("agreedRuns").GetInt32() == 1);
        Assert.Equal(ran, played);
        // The base values end after 10 rounds at minute 90; run 0 of these seeds draws other values.
        var outcome = transcript.RootElement.GetProperty("outcome");
        Assert.Equal(result.RootElement.GetProperty("meanRounds").GetDouble(), outcome.GetProperty("rounds").GetInt32());
        Assert.Equal(result.RootElement.GetProperty("meanMinutes").GetDouble(), outcome.GetProperty("minutes").GetDouble(), 2);
        var provenance = transcript.RootElement.GetProperty("provenance");
        Assert.Equal("play", provenance.GetProperty("command").GetString());
        Assert.Equal(seed, provenance.GetProperty("seed").GetUInt64());
        Assert.Equal(64, provenance.GetProperty("scenarioSha256").GetString()!.Length);
        Assert.Equal(seed, transcript.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task The_view_and_the_transcript_say_why_the_chair_held_an_item_short_of_a_trigger()
    {
        // Run 0 of this seed holds the ceasefire under Russia's linkage trigger, as `sim explain --seed 20250516` shows.
        var result = await new PlayHarness().RunAsync("play", Baseline, "--seed", "20250516", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        const string Note = "held short of a trigger: Ceasefire at 20 (Russia accepts Ceasefire >= ";
        Assert.Contains(Note, Flat(result.Out), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(_out, "transcript.txt"));
        Assert.Contains(Note, text, StringComparison.Ordinal);
        Assert.Contains("whose linkage it is, gains from it", text, StringComparison.Ordinal);
        Assert.Contains("chair: Turkey; at the table: Ukraine, Russia", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(prisoner_exchange|leaders_summit|follow_up_talks|military_limits|security_guarantees)\b", text);
        // The JSON keeps the engine's words and ids.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "transcript.json")));
        var notes = json.RootElement.GetProperty("rounds").EnumerateArray()
            .Where(r => r.TryGetProperty("heldShort", out var h) && h.ValueKind == JsonValueKind.Array)
            .SelectMany(r => r.GetProperty("heldShort").EnumerateArray().Select(n => n.GetString()!)).ToList();
        Assert.Contains(notes, n => n.StartsWith("ceasefire at 20 (russia accepts ceasefire >= ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_chair_is_named_in_full_in_the_view_and_both_transcripts()
    {
        var result = await new PlayHarness().RunAsync("play", "scenarios/what-if-us-co-chairs.yaml", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("chair: Turkey and United States; at the table: Ukraine, Russia", Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("chair: Turkey and United States; at the table: Ukraine, Russia", File.ReadAllText(Path.Combine(_out, "transcript.txt")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "transcript.json")));
        Assert.Equal(["turkey", "usa"], json.RootElement.GetProperty("chair").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_person_s_seat_is_named_and_their_own_reason_is_kept_as_typed()
    {
        // Words that are also ids ("sanctions", "ukraine") stay the person's: only the engine's text is reworded.
        var play = new PlayHarness();
        play.Input.Line("n").Lines("n", RoundOneItems).Line("sanctions and ukraine first");

        var result = await play.RunAsync("play", Baseline, "--human", "ukraine", "--out", _out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ukraine, your decision for round 1", Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("Ukraine (person): \"sanctions and ukraine first\"", Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("reason: \"sanctions and ukraine first\"", File.ReadAllText(Path.Combine(_out, "transcript.txt")), StringComparison.Ordinal);
    }

    /// <summary>The console's text with its line breaks and table borders folded into single spaces.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s│]+", " ");

    private JsonElement FirstRound(string? folder = null)
    {
        var json = File.ReadAllText(Path.Combine(folder ?? _out, "transcript.json"));
        return JsonDocument.Parse(json).RootElement.GetProperty("rounds")[0].Clone();
    }

    private static JsonElement Answer(JsonElement round, string party) =>
        round.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("partyId").GetString() == party);
}
