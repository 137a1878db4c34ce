using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;

namespace Simulator.Grains.Sessions;

/// <summary>
/// A person's decision as the table's answer. An acceptance has no objections; a refusal is a plain
/// <see cref="ObjectionKind.Declined"/> whose explanation is the person's own reason (or
/// <see cref="HumanAnswer.NoReasonGiven"/>), never the agent's: the mediator cannot learn a bound from
/// it, as with a student's own words in the classroom. Decisions the person did not give before the
/// deadline are the software agent's, and say so. The explanation is the person's reason in quotes
/// (the views name the seat and mark it a person).
/// </summary>
public static class PersonAnswer
{
    public const string AgentAfterDeadline = "(deadline passed; the software agent answered) ";

    public static PartyAnswerDto ToDto(CompiledScenario s, int party, PartyAnswer agent, RoundQuestion question, HumanAnswer human, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(human);
        var given = human.DecisionsGiven ?? 1 + question.SeparableItems.Count;
        var id = s.Parties[party].Id;
        var reason = string.IsNullOrWhiteSpace(human.Reason) || human.Reason.Trim() == HumanAnswer.NoReasonGiven
            ? HumanAnswer.NoReasonGiven
            : $"\"{human.Reason.Trim()}\"";

        ResponseDto Decide(int position, bool accept, PartyResponse model, int issue)
        {
            if (position >= given)
            {
                var byAgent = SessionMapper.ToDto(s, model, values);
                return byAgent with { Objections = [.. byAgent.Objections.Select(o => o with { Explanation = AgentAfterDeadline + o.Explanation })] };
            }

            if (accept)
            {
                return new ResponseDto(model.Aspiration, []);
            }

            var declined = SessionMapper.ToDto(s, new Objection(party, ObjectionKind.Declined, issue), values);
            return new ResponseDto(model.Aspiration, [declined with { Explanation = reason }]);
        }

        var onText = Decide(0, human.AcceptText, agent.OnText, question.Text.Count > 0 ? question.Text[0].Issue : -1);
        var onItems = question.SeparableItems
            .Select((item, k) => Decide(k + 1, k < human.AcceptItems.Length && human.AcceptItems[k], agent.OnItems[k], item.Issue))
            .ToArray();
        return new PartyAnswerDto(id, onText, onItems, ByHuman: true);
    }
}
