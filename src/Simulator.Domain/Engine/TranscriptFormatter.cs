using System.Globalization;
using System.Text;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>
/// Turns a run's transcript into plain text a class can follow: each draft, each answer with its
/// reasons, what was split off, why it ended. Human words throughout (party names, issue labels,
/// scale values with their meaning), and a closing summary that tells the same story as the rounds.
/// </summary>
public static class TranscriptFormatter
{
    public static string Format(CompiledScenario scenario, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        double[] v = result.Values is { } run ? [.. run] : scenario.Parameters.CopyBaseValues();
        var words = new ScenarioWording(scenario.Scenario);
        var sb = new StringBuilder();
        if (scenario.Chair.Length > 0 && scenario.Scenario.Protocol.Kind == ProtocolKind.MediatedSingleText)
        {
            sb.AppendLine(ChairWording.Sentence(scenario, v));
        }

        if (result.Values is not null)
        {
            DrawnValues.AppendDrawn(sb, scenario, v);
        }

        var transcript = result.Transcript ?? [];
        foreach (var round in transcript)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Round {round.Round + 1} (minute {ScaleText.Number(round.Minute)})").AppendLine();
            foreach (var e in round.Events)
            {
                sb.Append("  event: ").AppendLine(e);
            }

            if (round.Text.Count > 0)
            {
                sb.Append("  text: ").AppendLine(string.Join("; ", round.Text.Select(t => Item(scenario, t))));
            }

            foreach (var note in round.HeldShort ?? [])
            {
                sb.Append("  held short of a trigger: ").AppendLine(words.Text(note));
            }

            foreach (var response in round.Responses)
            {
                var absent = scenario.Parties[response.Party].Absent ? " (absent: on its stated limits)" : "";
                sb.Append(CultureInfo.InvariantCulture, $"  {words.Party(scenario.Parties[response.Party].Id)}{absent}: ");
                if (response.Accepted)
                {
                    sb.AppendLine("accepts");
                    continue;
                }

                sb.AppendLine("rejects");
                foreach (var objection in response.Objections)
                {
                    sb.Append("    - ").AppendLine(words.Text(Blockers.FromObjection(scenario, objection, v).Explanation));
                }
            }

            foreach (var item in round.SplitOff)
            {
                sb.Append("  split off and agreed: ").AppendLine(Item(scenario, item));
            }

            foreach (var (issue, blocker) in round.NotTabled)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  not tabled: {scenario.Scenario.Issues[issue].Label}: {words.Text(blocker.Explanation)}").AppendLine();
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"Ended after {result.Rounds} round(s), {DrawnValues.Budget(scenario, v, result.Minutes)}: {Describe(result.EndReason)}").AppendLine();
        foreach (var outcome in result.Issues)
        {
            var issue = scenario.Scenario.Issues[outcome.Issue];
            sb.Append(outcome.Agreed
                ? $"  {issue.Label}: agreed at {ScaleText.Of(issue, outcome.Value)} (round {outcome.Round + 1})"
                : $"  {issue.Label}: not agreed: {words.Text(ClosingReason(scenario, transcript, outcome, v))}").AppendLine();
        }

        return sb.ToString();
    }

    public static string Describe(EndReason reason) => reason switch
    {
        EndReason.Agreement => "the principals accepted the whole text",
        EndReason.NothingLeftToTable => "nothing was left that the mediator could table",
        EndReason.TimeBudget => "the time budget ran out",
        EndReason.RoundLimit => "the round limit was reached",
        EndReason.Deadlock => "deadlock: the agenda is all-or-nothing and an item could not be agreed",
        EndReason.Stopped => "the talks were ended by the facilitator",
        _ => reason.ToString(),
    };

    /// <summary>An item as a reader wants it: the issue's label and the value with its meaning (<see cref="ScaleText"/>).</summary>
    public static string Item(CompiledScenario scenario, TextItem item)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var issue = scenario.Scenario.Issues[item.Issue];
        return ScaleText.Labelled(issue, item.Value);
    }

    /// <summary>
    /// Why an issue failed, as the transcript shows it. The engine's blocker is the reason while it
    /// still binds: the item was not tabled in the last round it came up, or the last text it was in
    /// was rejected for that very reason (or the chair held it short of a linkage's trigger). An item
    /// tabled in the last text and turned down with the whole text for other reasons is reported
    /// with those reasons: it is neither "not worth tabling" nor stopped by a bound the text meets.
    /// </summary>
    public static string ClosingReason(CompiledScenario scenario, IReadOnlyList<RoundRecord> transcript, IssueOutcome outcome, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(outcome);
        var engine = outcome.Blocker?.Explanation ?? "no reason recorded";
        var last = -1;
        for (var r = transcript.Count - 1; r >= 0 && last < 0; r--)
        {
            if (transcript[r].Text.Any(t => t.Issue == outcome.Issue) || transcript[r].NotTabled.Any(n => n.Issue == outcome.Issue))
            {
                last = r;
            }
        }

        var tabled = transcript.Count(r => r.Text.Any(t => t.Issue == outcome.Issue));
        if (last >= 0 && transcript[last].NotTabled.FirstOrDefault(n => n.Issue == outcome.Issue) is { Blocker: { } dropped })
        {
            var lastTabled = transcript.LastOrDefault(r => r.Text.Any(t => t.Issue == outcome.Issue));
            return lastTabled is null
                ? dropped.Explanation
                : string.Create(CultureInfo.InvariantCulture, $"tabled in {Rounds(tabled, transcript.Count)}, last at {ScaleText.Number(lastTabled.Text.First(t => t.Issue == outcome.Issue).Value)} in round {lastTabled.Round + 1}, then not tabled: {dropped.Explanation}");
        }

        if (last < 0 || outcome.Blocker is { Kind: BlockerKind.Linkage })
        {
            return engine;
        }

        var round = transcript[last];
        var reasons = round.Responses.SelectMany(r => r.Objections).Select(o => Blockers.FromObjection(scenario, o, values).Explanation).Distinct(StringComparer.Ordinal).ToList();
        if (reasons.Contains(engine, StringComparer.Ordinal))
        {
            return engine;
        }

        var value = round.Text.First(t => t.Issue == outcome.Issue).Value;
        var when = "tabled in " + Rounds(tabled, transcript.Count);
        var why = reasons.Count == 0 ? "the talks ended before it was agreed" : "the text was rejected: " + string.Join("; ", reasons);
        return string.Create(CultureInfo.InvariantCulture, $"{when}, last at {ScaleText.Number(value)} in round {round.Round + 1}; {why}");
    }

    private static string Rounds(int tabled, int rounds) =>
        tabled == rounds ? "every round" : string.Create(CultureInfo.InvariantCulture, $"{tabled} of {rounds} rounds");
}
