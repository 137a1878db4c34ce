using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// An item held just short of a linkage's trigger is tabled only when it moves the item at least the
/// minimum and the party holding the linkage gains from it; the transcript says why it was tabled.
/// </summary>
public sealed class HeldShortTests
{
    // B accepts x >= 37 only with y >= 90, which A's red line (y <= 40) forbids: x must stay below 37.
    private const string Linkage = "x_needs_y: {when: {issue: x, atLeast: 37}, require: {issue: y, atLeast: 90}}";

    private static CompiledScenario Table(double bOnX) => TwoPartyYaml.Compile(
        a: """
           x: {position: 100, salience: 0.6}
           y: {position: 0, salience: 0.4, redLine: {max: 40}}
           """,
        b: $$"""
           x: {position: {{bOnX}}, salience: 0.3}
           y: {position: 100, salience: 0.7}
           """,
        bLinkages: Linkage);

    private static NegotiationResult Run(CompiledScenario compiled) =>
        MediatedSingleTextProtocol.Instance.Run(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: true);

    [Fact]
    public void An_item_held_under_a_trigger_the_holder_does_not_gain_from_is_not_tabled()
    {
        // B wants none of x: holding x at 35 serves nobody's compromise, only the trigger's arithmetic.
        var result = Run(Table(bOnX: 0));

        Assert.DoesNotContain(result.Transcript!.SelectMany(r => r.Text), t => t.Issue == 0 && t.Value < 37);
        var x = result.Issues.Single(o => o.Issue == 0);
        Assert.False(x.Agreed);
        Assert.Equal("linkage:b.x_needs_y", x.Blocker!.Key);
        Assert.Contains(result.Transcript!, r => r.NotTabled.Any(n => n.Issue == 0 && n.Blocker.Kind == BlockerKind.Linkage));
    }

    [Fact]
    public void An_item_held_under_a_trigger_the_holder_gains_from_is_tabled_and_the_transcript_says_why()
    {
        // B wants x at 30: 35 is better for it than nothing, so the chair may table it.
        var compiled = Table(bOnX: 30);
        var result = Run(compiled);

        var held = result.Transcript!.Where(r => r.Text.Any(t => t.Issue == 0 && t.Value < 37)).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, r => Assert.Equal(35, r.Text.Single(t => t.Issue == 0).Value));
        Assert.All(held, r => Assert.Contains(r.HeldShort!, note => note.StartsWith("x at 35", StringComparison.Ordinal) && note.Contains("b, whose linkage it is, gains from it", StringComparison.Ordinal)));
        // The transcript words the note as every other line: labels and names, not ids.
        var text = TranscriptFormatter.Format(compiled, result);
        Assert.Contains("held short of a trigger: X at 35", text, StringComparison.Ordinal);
        Assert.Contains("B, whose linkage it is, gains from it", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seat_sees_the_held_short_notes_while_the_round_is_open_and_not_for_a_person_s_draft()
    {
        var compiled = Table(bOnX: 30);
        var recorded = Run(compiled).Transcript!;
        var session = new MediatedSession(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: true);

        // Round by round as the software agents answer: the open round's notes are the ones the transcript records.
        var held = -1;
        for (var round = 0; round < recorded.Count; round++)
        {
            var question = session.BeginRound()!;
            Assert.Equal(recorded[round].HeldShort ?? [], session.PendingHeldShort);
            if (session.PendingHeldShort.Count > 0)
            {
                held = round;
                Assert.Contains(question.Text, t => t.Issue == 0 && t.Value < 37);
                break;
            }

            session.CompleteRound([.. compiled.Principals.Select(p => session.AgentAnswer(p, question))]);
        }

        Assert.True(held >= 0, "no round held an item short of the trigger");
        session.ReplaceDraft([new TextItem(0, 35)], []);
        Assert.Empty(session.PendingHeldShort);
    }
}
