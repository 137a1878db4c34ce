using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>The inputs people give a class, each checked before it changes anything.</summary>
public sealed partial class ClassTable
{
    private void SubmitDraft(ClassInput input)
    {
        var chair = Seat(input, ClassSeatRole.Chair);
        Require(_human.Contains(chair), "the chair is played by the software agent now");
        Require(Phase == ClassPhase.Drafting && input.Round == Round, "the chair's draft is not open now (the round has moved on)");
        Require(input.Draft.Count > 0, "a draft needs at least one item");
        var open = Session.Result().Issues.Where(i => !i.Agreed).Select(i => i.Issue).ToHashSet();
        var text = new List<TextItem>();
        foreach (var (issueId, value) in input.Draft)
        {
            var issue = Scenario.Scenario.IssueIndex(issueId ?? string.Empty);
            Require(issue >= 0 && Scenario.Agenda.Contains(issue), $"'{issueId}' is not an item on the agenda");
            Require(open.Contains(issue), $"{issueId} is already agreed or off the table");
            CheckScale(issueId!, value);
            text.Add(new TextItem(issue, value));
        }

        var separate = new HashSet<int>();
        foreach (var issueId in input.Separate)
        {
            var issue = Scenario.Scenario.IssueIndex(issueId ?? string.Empty);
            Require(issue >= 0 && text.Exists(t => t.Issue == issue), $"'{issueId}' is not in the draft");
            Require(Scenario.Separable[issue], $"{issueId} cannot be agreed on its own");
            separate.Add(issue);
        }

        try
        {
            Session.ReplaceDraft(text, separate);
        }
        catch (ArgumentException ex)
        {
            throw new ClassInputException(ex.Message, ex);
        }

        _draftedByPerson = true;
        Phase = ClassPhase.Answering;
        CloseWhenAllAnswered();
    }

    private void SubmitAnswer(ClassInput input)
    {
        var id = Seat(input, ClassSeatRole.Principal);
        Require(_human.Contains(id), $"{NameOf(PartyIndex(id))} is played by the software agent now");
        Require(Phase == ClassPhase.Answering && input.Round == Round, "this round is closed; answer the new draft");
        var q = Session.Pending!;
        var items = new List<ItemAnswer>();
        foreach (var item in q.Text)
        {
            var issueId = Scenario.Scenario.Issues[item.Issue].Id;
            var given = input.Answers.Where(a => a.IssueId == issueId).ToList();
            Require(given.Count == 1, given.Count == 0 ? $"answer every item of the draft: {Label(issueId)} is missing" : $"{Label(issueId)} is answered twice");
            var a = given[0];
            Require(a.Accept == (a.Reason == RejectReason.None), a.Accept ? $"{Label(issueId)}: an accepted item takes no reason" : $"{Label(issueId)}: say why you reject it");
            Require(a.Note is null || a.Note.Length <= MaxTextLength, $"{Label(issueId)}: keep the reason under {MaxTextLength} characters");
            Require(a.Reason != RejectReason.Other || !string.IsNullOrWhiteSpace(a.Note), $"{Label(issueId)}: write your reason");
            if (a.Counter is { } counter)
            {
                CheckScale(issueId, counter);
            }

            items.Add(a with { Note = string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim() });
        }

        var unknown = input.Answers.Select(a => a.IssueId).Except(q.Text.Select(t => Scenario.Scenario.Issues[t.Issue].Id)).ToList();
        Require(unknown.Count == 0, $"not in this draft: {string.Join(", ", unknown)}");
        var p = PartyIndex(id);
        _answers[p] = (items, AnswerMapping.ToPartyAnswer(Session, p, q, items));
        CloseWhenAllAnswered();
    }

    private void Inject(ClassInput input)
    {
        Require(Phase != ClassPhase.Over, "the talks are over");
        Require(input.Changes.Count > 0, "an event changes at least one parameter");
        var changes = new List<(int Index, double Value)>();
        foreach (var change in input.Changes)
        {
            var index = Scenario.Parameters.IndexOf(change.Path ?? string.Empty);
            Require(index >= 0, $"no parameter '{change.Path}' in this scenario (paths as in --set, e.g. parties.russia.concessionBeta)");
            Require(double.IsFinite(change.Value), $"{change.Path}: the value must be a number");
            changes.Add((index, change.Value));
        }

        var description = string.IsNullOrWhiteSpace(input.Text)
            ? string.Join(", ", input.Changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Path} = {c.Value:0.###}")))
            : input.Text.Trim();
        Require(description.Length <= MaxTextLength, $"keep the event's description under {MaxTextLength} characters");
        Session.InjectEvent(description, [.. changes]);
        _notices.Add(new ClassNotice(Round, $"event (from the next draft on): {description}"));
    }

    /// <summary>
    /// A patron presses or reassures a principal within the strength the scenario gives it: press
    /// moves a pressure influence to the top of its declared range (an alignment to the bottom),
    /// reassure the opposite; without a declared range the influence moves between zero and its value.
    /// </summary>
    private void Influence(ClassInput input)
    {
        var patron = Seat(input, ClassSeatRole.Patron);
        Require(_human.Contains(patron), $"{NameOf(PartyIndex(patron))} is played by the software agent now");
        Require(Phase != ClassPhase.Over, "the talks are over");
        var party = Scenario.Scenario.Party(patron);
        var influence = party.Influences.FirstOrDefault(f => f.TargetId == input.Target);
        Require(influence is not null, $"{patron} has no influence on '{input.Target}' in this scenario");
        var (low, high) = influence!.Strength.Uncertainty?.Support ?? (0, influence.Strength.Value);
        var up = input.Flag == (influence.Kind == InfluenceKind.Pressure);
        var value = up ? high : low;
        var verb = input.Flag ? "presses" : "reassures";
        var description = string.Create(CultureInfo.InvariantCulture, $"{party.Name} {verb} {Scenario.Scenario.Party(influence.TargetId).Name} ({influence.Kind.ToString().ToLowerInvariant()} {value:0.##})");
        Session.InjectEvent(description, [(Scenario.Parameters.IndexOf(influence.Strength.Path), value)]);
        _notices.Add(new ClassNotice(Round, $"{description}: from the next draft on", patron));
    }

    private void Statement(ClassInput input)
    {
        var seat = input.Party ?? throw new ClassInputException("a statement needs a seat");
        _ = PartyIndex(seat);
        var text = input.Text?.Trim() ?? string.Empty;
        Require(text.Length is > 0 and <= MaxTextLength, $"a statement has 1 to {MaxTextLength} characters");
        _notices.Add(new ClassNotice(Round, text, seat, IsStatement: true));
    }

    private void Reveal(ClassInput input)
    {
        var seat = input.Party ?? throw new ClassInputException("say whose brief the item is from");
        var brief = SeatBriefBuilder.Build(Scenario.Scenario, seat);
        var item = brief.Items.FirstOrDefault(i => i.Key == input.Text);
        Require(item is not null, $"{seat}'s brief has no item '{input.Text}'");
        if (_revealed.Add((seat, item!.Key)))
        {
            _notices.Add(new ClassNotice(Round, $"revealed from {brief.Name}'s brief: {item.Text}", seat));
        }
    }

    private void SeatControl(ClassInput input)
    {
        var seat = input.Party ?? throw new ClassInputException("which seat?");
        var p = PartyIndex(seat);
        if (input.Flag)
        {
            if (ChairSeatProblem(Scenario, [.. _human, seat]) is { } problem)
            {
                throw new ClassInputException(problem);
            }

            _human.Add(seat);
            return;
        }

        if (!_human.Remove(seat))
        {
            return;
        }

        _notices.Add(new ClassNotice(Round, $"the software agent now plays {NameOf(p)}", seat));
        if (Phase == ClassPhase.Drafting && Array.IndexOf(Scenario.Chair, p) >= 0)
        {
            Phase = ClassPhase.Answering;
        }

        CloseWhenAllAnswered();
    }

    private string Seat(ClassInput input, ClassSeatRole role)
    {
        var seat = input.Party ?? throw new ClassInputException("which seat?");
        var actual = RoleOf(seat);
        Require(actual == role, $"{seat} is not {(role == ClassSeatRole.Chair ? "the chair" : $"a {role.ToString().ToLowerInvariant()}")}");
        return seat;
    }

    private void CheckScale(string issueId, double value) =>
        Require(double.IsFinite(value) && value is >= 0 and <= 100, string.Create(CultureInfo.InvariantCulture, $"{issueId}: {value} is off the scale (0 to 100)"));

    /// <summary>An issue as a person reads it, with the id an API caller sent ("Ceasefire (ceasefire)").</summary>
    private string Label(string issueId) => $"{Scenario.Scenario.Issue(issueId).Label} ({issueId})";
}
