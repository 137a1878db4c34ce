using System.Globalization;
using System.Text;
using System.Text.Json;
using Simulator.Contracts.Sessions;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Play;

/// <summary>
/// A played session as `sim play --out DIR` writes it: who sat where (which seats were people), the
/// deadline, the seed, every round with every answer and reason, and the outcome; as JSON (ids, as
/// every JSON) and as text (party names and issue labels, as `sim explain` words them).
/// </summary>
internal sealed record PlayTranscript(
    ResultProvenance Provenance,
    string Scenario,
    string Title,
    string? Mediator,
    string[] Chair,
    string[] Principals,
    string[] HumanSeats,
    int DeadlineSeconds,
    ulong? Seed,
    RoundSummary[] Rounds,
    SessionOutcome? Outcome)
{
    public const string JsonFileName = "transcript.json";

    public const string TextFileName = "transcript.txt";

    /// <summary>"Turkey", "Turkey and United States", or "none": the chair's members by name.</summary>
    public static string ChairNames(IReadOnlyList<string> chair, ScenarioWording words)
    {
        ArgumentNullException.ThrowIfNull(chair);
        ArgumentNullException.ThrowIfNull(words);
        var names = chair.Select(words.Party).ToArray();
        return names.Length switch
        {
            0 => "none",
            1 => names[0],
            _ => $"{string.Join(", ", names[..^1])} and {names[^1]}",
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, ExperimentJson.Options);

    public string ToText(ScenarioWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(words.Party));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Title} ({Scenario})");
        text.AppendLine(CultureInfo.InvariantCulture, $"chair: {ChairNames(Chair, words)}; at the table: {Names(Principals)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"people in the seats of: {(HumanSeats.Length == 0 ? "none" : Names(HumanSeats))} ({DeadlineSeconds} s per seat)");
        text.AppendLine(Seed is { } seed ? $"values: run 0 of seed {seed}" : "values: the scenario's base values");
        foreach (var round in Rounds)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Round {round.Round + 1}, minute {round.Minute.ToString("0", CultureInfo.InvariantCulture)}");
            foreach (var e in round.Events)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  event: {e}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  draft: {string.Join("; ", round.Text.Select(t => t.Display))}");
            foreach (var note in round.HeldShort ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  held short of a trigger: {words.Text(note)}");
            }

            foreach (var answer in round.Answers)
            {
                var who = words.Party(answer.PartyId) + (answer.ByHuman ? " (person)" : "");
                text.AppendLine(CultureInfo.InvariantCulture, $"  {who}: {(answer.OnText.Accepted ? "accepts" : "rejects")} the whole text");
                foreach (var objection in answer.OnText.Objections)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    reason: {SessionView.Reason(answer, objection, words)}");
                }

                for (var k = 0; k < answer.OnItems.Length && k < round.SeparableItems.Length; k++)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    on its own, {round.SeparableItems[k].Display}: {(answer.OnItems[k].Accepted ? "accepts" : "rejects")}");
                }
            }

            foreach (var split in round.SplitOff)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  split off and agreed: {split.Display}");
            }

            foreach (var notTabled in round.NotTabled)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  not tabled: {SessionView.NotTabled(notTabled, words)}");
            }
        }

        text.AppendLine();
        if (Outcome is { } outcome)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Outcome after {outcome.Rounds} round(s): {outcome.Explanation}");
            foreach (var issue in outcome.Issues)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {words.Issue(issue.Issue)}: {(issue.Agreed ? "agreed " + issue.Value : "not agreed: " + words.Text(issue.BlockedBy ?? ""))}");
            }
        }

        return text.ToString();
    }
}
