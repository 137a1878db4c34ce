using System.Globalization;
using System.Text;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Engine;

/// <summary>Turns a run's transcript into plain text a class can follow: each draft, each answer with its reasons, what was split off, why it ended.</summary>
public static class TranscriptFormatter
{
    public static string Format(CompiledScenario scenario, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        double[] v = result.Values is { } run ? [.. run] : scenario.Parameters.CopyBaseValues();
        var sb = new StringBuilder();
        if (result.Values is not null)
        {
            DrawnValues.AppendDrawn(sb, scenario, v);
        }

        foreach (var round in result.Transcript ?? [])
        {
            sb.Append(CultureInfo.InvariantCulture, $"Round {round.Round + 1} (minute {round.Minute:0})").AppendLine();
            foreach (var e in round.Events)
            {
                sb.Append("  event: ").AppendLine(e);
            }

            if (round.Text.Count > 0)
            {
                sb.Append("  text: ").AppendLine(string.Join("; ", round.Text.Select(t => Item(scenario, t))));
            }

            foreach (var response in round.Responses)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {scenario.Parties[response.Party].Id}: ");
                if (response.Accepted)
                {
                    sb.AppendLine("accepts");
                    continue;
                }

                sb.AppendLine("rejects");
                foreach (var objection in response.Objections)
                {
                    sb.Append("    - ").AppendLine(Blockers.FromObjection(scenario, objection, v).Explanation);
                }
            }

            foreach (var item in round.SplitOff)
            {
                sb.Append("  split off and agreed: ").AppendLine(Item(scenario, item));
            }

            foreach (var (issue, blocker) in round.NotTabled)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  not tabled: {scenario.Scenario.Issues[issue].Id}: {blocker.Explanation}").AppendLine();
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"Ended after {result.Rounds} round(s), {DrawnValues.Budget(scenario, v, result.Minutes)}: {Describe(result.EndReason)}").AppendLine();
        foreach (var outcome in result.Issues)
        {
            var issue = scenario.Scenario.Issues[outcome.Issue];
            sb.Append(outcome.Agreed
                ? $"  {issue.Id}: agreed at {Item(scenario, new TextItem(outcome.Issue, outcome.Value))} (round {outcome.Round + 1})"
                : $"  {issue.Id}: not agreed: {outcome.Blocker?.Explanation}").AppendLine();
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
}
