using Simulator.Domain.Engine;

namespace Simulator.Domain.Classroom;

/// <summary>Values a draft for a principal with the engine's own utility and evaluator (the numbers its agent decides by).</summary>
public static class DraftWorth
{
    private const double Tolerance = 1e-9;

    public static DraftValuation Of(MediatedSession session, int party, RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        var s = session.Scenario;
        var values = session.Values.ToArray();
        var p = s.Parties[party];
        var agreed = question.BaseOutcome.ToArray();
        foreach (var item in question.Text)
        {
            agreed[item.Issue] = item.Value;
        }

        var agent = session.AgentAnswer(party, question);
        var limits = agent.OnText.Objections
            .Where(o => o.Kind is not ObjectionKind.InsufficientGain)
            .Select(o => LimitText.Of(s, o, values) ?? Blockers.FromObjection(s, o, values).Explanation)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new DraftValuation(
            UtilityFunction.Of(p, values, agreed),
            UtilityFunction.Of(p, values, question.BaseOutcome),
            Share(s, party, values, question.BaseOutcome, question.Text),
            agent.OnText.Aspiration,
            session.Stances[party].Floor,
            limits,
            [.. LimitText.IssuesBeyond(s, party, values, question.Text).Select(i => s.Scenario.Issues[i].Id)]);
    }

    /// <summary>The share of the possible gain on the text's issues the text offers (1 when there is nothing to gain and nothing lost), as the evaluator measures it.</summary>
    public static double Share(CompiledScenario scenario, int party, IReadOnlyList<double> values, IReadOnlyList<double> baseOutcome, IReadOnlyList<TextItem> text)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(baseOutcome);
        ArgumentNullException.ThrowIfNull(text);
        var p = scenario.Parties[party];
        double gain = 0, possible = 0;
        foreach (var item in text)
        {
            if (!p.HasStance[item.Issue])
            {
                continue;
            }

            var salience = values[p.Salience[item.Issue]];
            var ideal = values[p.Position[item.Issue]];
            var atBase = UtilityFunction.IssueValue(p.Shape, ideal, baseOutcome[item.Issue]);
            gain += salience * (UtilityFunction.IssueValue(p.Shape, ideal, item.Value) - atBase);
            possible += salience * (1.0 - atBase);
        }

        return possible > Tolerance ? gain / possible : (gain >= -Tolerance ? 1.0 : -1.0);
    }
}
