using System.Globalization;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// The checks a schema cannot express: references between ids, ranges, saliences, red lines that
/// contradict positions, the mediator's role, the timeline. Every error is collected.
/// </summary>
internal sealed class ScenarioSemantics
{
    private const double Tolerance = 1e-9;

    private readonly Scenario _scenario;
    private readonly PathIndex _index;
    private readonly bool _checkSalienceSums;
    private readonly List<ScenarioError> _errors = [];
    private readonly List<string> _issueIds;
    private readonly List<string> _partyIds;

    private ScenarioSemantics(Scenario scenario, PathIndex index, bool checkSalienceSums)
    {
        _checkSalienceSums = checkSalienceSums;
        _scenario = scenario;
        _index = index;
        _issueIds = [.. scenario.Issues.Select(i => i.Id)];
        _partyIds = [.. scenario.Parties.Select(p => p.Id)];
    }

    /// <param name="checkSalienceSums">
    /// False for parameter overrides, whose salience rule (counting uncertain saliences at the bottom
    /// of their range) is <see cref="Overrides.SalienceBudget"/>.
    /// </param>
    public static IReadOnlyList<ScenarioError> Check(Scenario scenario, PathIndex index, bool checkSalienceSums = true)
    {
        var semantics = new ScenarioSemantics(scenario, index, checkSalienceSums);
        semantics.CheckIssues();
        foreach (var party in scenario.Parties)
        {
            semantics.CheckParty(party);
        }

        semantics.CheckProtocol();
        semantics.CheckTimeline();
        semantics.CheckMonteCarlo();
        semantics.CheckObserved();
        foreach (var parameter in scenario.AllParameters())
        {
            semantics.CheckProvenance(parameter);
        }

        return semantics._errors;
    }

    private void CheckIssues()
    {
        foreach (var issue in _scenario.Issues)
        {
            OnScale(issue.StatusQuo);
            for (var i = 0; i < issue.Anchors.Count; i++)
            {
                var value = issue.Anchors[i].Value;
                if (value is < 0 or > 100)
                {
                    Error(_index.ValueAt($"issues.{issue.Id}.anchors.{i}.value"), $"anchor value {Format(value)} of issue '{issue.Id}' is outside the 0-100 scale", "anchors label points on the 0-100 scale");
                }
            }

            CheckSignatories(issue);
            if (issue.Unit is { } unit && unit.AtZero == unit.AtHundred)
            {
                Error(_index.ValueAt($"issues.{issue.Id}.unit.atHundred"), $"the unit of issue '{issue.Id}' maps 0 and 100 to the same amount", "atZero and atHundred must differ");
            }
        }
    }

    /// <summary>Signatories are known principals (or the mediator), named once, at least one principal among them.</summary>
    private void CheckSignatories(Issue issue)
    {
        if (issue.Signatories is not { } signatories)
        {
            return;
        }

        for (var k = 0; k < signatories.Count; k++)
        {
            var id = signatories[k];
            var at = _index.ValueAt($"issues.{issue.Id}.signatories.{k.ToString(CultureInfo.InvariantCulture)}");
            var party = _scenario.Parties.FirstOrDefault(p => p.Id == id);
            if (party is null)
            {
                KnownParty(id, at, $"the signatories of issue '{issue.Id}'");
            }
            else if (party.Role == PartyRole.Patron)
            {
                Error(at, $"signatory '{id}' of issue '{issue.Id}' is a patron, outside the room", "signatories are principals (present or absent) and the mediator; make it a principal with present: false if its consent is needed");
            }
            else if (signatories.Take(k).Contains(id))
            {
                Error(at, $"signatory '{id}' of issue '{issue.Id}' is named twice", "name each signatory once");
            }
        }

        if (!signatories.Any(id => _scenario.Parties.Any(p => p.Id == id && p.Role == PartyRole.Principal)))
        {
            Error(_index.KeyAt($"issues.{issue.Id}.signatories"), $"issue '{issue.Id}' has no principal among its signatories", "name at least one principal whose consent the issue needs (leave signatories out for every principal)");
        }
    }

    private void CheckParty(Party party)
    {
        var path = $"parties.{party.Id}";
        if (!party.Present && party.Role != PartyRole.Principal)
        {
            Error(_index.ValueAt($"{path}.present"), $"party '{party.Id}' is a {party.Role.ToString().ToLowerInvariant()}: present: false applies to principals only", "remove present, or make the party a principal whose consent is needed from outside the room");
        }

        InRange(party.Capability, 0, 100, "capability");
        InRange(party.ReservationUtility, 0, 1, "a reservation utility");
        InRange(party.RiskAttitude, -1, 1, "a risk attitude");
        if (party.ConcessionBeta.Value <= 0)
        {
            Error(_index.ValueAt(party.ConcessionBeta.Path), $"{party.ConcessionBeta.Path} = {Format(party.ConcessionBeta.Value)}: the concession beta must be greater than 0", "below 1 concedes late (Boulware), 1 linearly, above 1 early (Conceder)");
        }

        foreach (var stance in party.Stances)
        {
            CheckStance(party, stance);
        }

        var total = party.Stances.Sum(s => s.Salience.Value);
        if (_checkSalienceSums && total > 1 + Tolerance)
        {
            Error(_index.KeyAt($"{path}.stances"), $"the saliences of party '{party.Id}' sum to {Format(total)}, more than 1", "saliences are shares of the party's attention; scale them down so they sum to at most 1");
        }

        foreach (var linkage in party.Linkages)
        {
            CheckRequirementForm(party, linkage);
            foreach (var (condition, part) in Conditions(party, linkage))
            {
                KnownIssue(condition.IssueId, _index.ValueAt($"{path}.linkages.{linkage.Id}.{part}.issue"), $"linkage '{linkage.Id}' of party '{party.Id}'");
                OnScale(condition.AtLeast);
                OnScale(condition.AtMost);
                if (condition.AtLeast is null && condition.AtMost is null)
                {
                    Error(_index.KeyAt($"{path}.linkages.{linkage.Id}.{part}"), $"the '{part}' condition of linkage '{linkage.Id}' has neither atLeast nor atMost", "give at least one bound, e.g. atLeast: 30");
                }
            }
        }

        foreach (var influence in party.Influences)
        {
            KnownParty(influence.TargetId, _index.KeyAt($"{path}.influences.{influence.TargetId}"), $"an influence of party '{party.Id}'");
            if (influence.TargetId == party.Id)
            {
                Error(_index.KeyAt($"{path}.influences.{influence.TargetId}"), $"party '{party.Id}' cannot influence itself", "name another party as the target");
            }

            InRange(influence.Strength, 0, 1, "an influence strength");
        }

        foreach (var limit in party.Delegation.Mandate)
        {
            KnownIssue(limit.IssueId, _index.KeyAt($"{path}.delegation.mandate.{limit.IssueId}"), $"the mandate of party '{party.Id}'");
            OnScale(limit.Min);
            OnScale(limit.Max);
            if (limit.Min is { } min && limit.Max is { } max && min.Value > max.Value + Tolerance)
            {
                Error(_index.ValueAt(min.Path), $"the mandate of party '{party.Id}' on '{limit.IssueId}' has min {Format(min.Value)} above max {Format(max.Value)}", "swap the bounds or remove one");
            }
        }
    }

    // The path part of each condition: when, require, or requireAllOf.K / requireAnyOf.K.
    private IEnumerable<(IssueCondition Condition, string Part)> Conditions(Party party, Linkage linkage)
    {
        yield return (linkage.When, "when");
        var list = linkage.Mode == LinkageMode.AnyOf ? "requireAnyOf"
            : _index.Contains($"parties.{party.Id}.linkages.{linkage.Id}.requireAllOf") ? "requireAllOf" : null;
        for (var k = 0; k < linkage.Requirements.Count; k++)
        {
            yield return (linkage.Requirements[k], list is null ? "require" : $"{list}.{k.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Exactly one of require, requireAllOf and requireAnyOf (checked on the file: an override index holds none).</summary>
    private void CheckRequirementForm(Party party, Linkage linkage)
    {
        var path = $"parties.{party.Id}.linkages.{linkage.Id}";
        if (!_index.Contains(path))
        {
            return;
        }

        var given = new[] { "require", "requireAllOf", "requireAnyOf" }.Where(k => _index.Contains($"{path}.{k}")).ToList();
        if (given.Count != 1)
        {
            Error(
                _index.KeyAt(given.Count == 0 ? path : $"{path}.{given[1]}"),
                given.Count == 0
                    ? $"linkage '{linkage.Id}' of party '{party.Id}' requires nothing"
                    : $"linkage '{linkage.Id}' of party '{party.Id}' gives both {given[0]} and {given[1]}",
                "give one of: require: {issue, atLeast/atMost} (one condition), requireAllOf: [...] (every condition), requireAnyOf: [...] (at least one)");
        }
    }

    private void CheckStance(Party party, Stance stance)
    {
        var where = $"parties.{party.Id}.stances.{stance.IssueId}";
        KnownIssue(stance.IssueId, _index.KeyAt(where), $"the stances of party '{party.Id}'");
        OnScale(stance.Position);
        InRange(stance.Salience, 0, 1, "a salience");
        if (stance.RedLine is not { } redLine)
        {
            return;
        }

        OnScale(redLine.Min);
        OnScale(redLine.Max);
        if (redLine.Min is { } min && redLine.Max is { } max && min.Value > max.Value + Tolerance)
        {
            Error(_index.ValueAt(min.Path), $"the red line of party '{party.Id}' on '{stance.IssueId}' has min {Format(min.Value)} above max {Format(max.Value)}: nothing is acceptable", "swap the bounds, or remove one to leave that side open");
        }
        else if (!redLine.Allows(stance.Position.Value))
        {
            Error(_index.ValueAt(stance.Position.Path), $"the position {Format(stance.Position.Value)} of party '{party.Id}' on '{stance.IssueId}' is outside its own red line {Interval(redLine.Min, redLine.Max)}", "a party's ideal point must be acceptable to it; move the position or the red line");
        }
    }

    private void CheckProtocol()
    {
        var protocol = _scenario.Protocol;
        if (protocol.MediatorId is { } mediator)
        {
            ChairMember(mediator, _index.ValueAt("protocol.mediator"), "the protocol's mediator");
        }

        if (protocol.CoMediators is { } seats)
        {
            CheckSharedChair(protocol, seats);
        }
        else if (protocol.MediatorId is null && protocol.Kind == ProtocolKind.MediatedSingleText)
        {
            Error(_index.KeyAt("protocol"), "a mediated-single-text protocol needs a mediator", "add 'mediator: ID' naming a party with role mediator (or 'mediators:' for a shared chair)");
        }

        var principals = _scenario.Parties.Count(p => p.Role == PartyRole.Principal);
        if (principals > 0 && _scenario.Parties.All(p => p.Role != PartyRole.Principal || !p.Present))
        {
            Error(_index.KeyAt("parties"), "every principal is absent (present: false): nobody sits at the table", "seat at least one principal (leave out present, or set it to true)");
        }

        if (principals < 2)
        {
            Error(_index.KeyAt("parties"), $"a negotiation needs at least two principals; this scenario has {principals}", "give the parties at the table role: principal");
        }

        for (var i = 0; i < protocol.Agenda.Count; i++)
        {
            KnownIssue(protocol.Agenda[i], _index.ValueAt($"protocol.agenda.{i}"), "the agenda");
        }

        Positive(protocol.TimeBudgetMinutes, "the time budget");
        Positive(protocol.MinutesPerRound, "the minutes per round");
        if (protocol.MaxRounds < 1)
        {
            Error(_index.ValueAt("protocol.maxRounds"), $"maxRounds is {protocol.MaxRounds}; it must be at least 1", "a session needs at least one round");
        }
    }

    /// <summary>
    /// A shared chair: not beside a single mediator, at least two seats, each a known party with
    /// role mediator (named once: the YAML reader refuses a key given twice), weights 0 or more
    /// (also across their uncertainty) summing to more than 0.
    /// </summary>
    private void CheckSharedChair(ProtocolSettings protocol, IReadOnlyList<CoMediator> seats)
    {
        if (protocol.MediatorId is not null)
        {
            Error(_index.KeyAt("protocol.mediators"), "the protocol gives both mediator and mediators", "keep 'mediator: ID' for one chair or 'mediators:' for a shared one; an overlay that shares its base's chair sets 'mediator: null'");
        }

        if (seats.Count < 2)
        {
            Error(_index.KeyAt("protocol.mediators"), $"protocol.mediators names {seats.Count} part{(seats.Count == 1 ? "y" : "ies")}; a shared chair needs at least two", "write 'mediator: ID' for a single chair, or add the other co-mediator");
        }

        foreach (var seat in seats)
        {
            ChairMember(seat.PartyId, _index.KeyAt($"protocol.mediators.{seat.PartyId}"), "the protocol's mediators");
            var weight = seat.Weight;
            if (weight.Value < 0)
            {
                Error(_index.ValueAt(weight.Path), $"{weight.Path} = {Format(weight.Value)}: a co-mediator's weight cannot be negative", "a weight is the co-mediator's share of the chair: 0 (a seat without pull on the text) or more");
            }
            else if (weight.Uncertainty is { } uncertainty && uncertainty.Support.Min < 0)
            {
                Error(_index.ValueAt(weight.Path + ".uncertainty"), $"{weight.Path}: the uncertainty reaches {Format(uncertainty.Support.Min)}, below 0", "a co-mediator's weight is never negative: start the range at 0 or above");
            }
        }

        if (seats.Count >= 2 && seats.All(c => c.Weight.Value <= 0))
        {
            Error(_index.KeyAt("protocol.mediators"), "the weights of protocol.mediators sum to 0: nobody's view would shape the drafts", "give at least one co-mediator a weight above 0 (leave the weights out for equal shares)");
        }
    }

    /// <summary>A party in the chair exists and has role mediator.</summary>
    private void ChairMember(string id, Loading.Yaml.SourceMark at, string where)
    {
        var party = _scenario.Parties.FirstOrDefault(p => p.Id == id);
        if (party is null)
        {
            KnownParty(id, at, where);
        }
        else if (party.Role != PartyRole.Mediator)
        {
            Error(at, $"the mediator '{SafeText.Excerpt(id)}' has role '{party.Role.ToString().ToLowerInvariant()}', not 'mediator'", $"set parties.{id}.role to mediator, or name the party that chairs the talks");
        }
    }

    private void CheckTimeline()
    {
        var budget = _scenario.Protocol.TimeBudgetMinutes.Value;
        var parameters = _scenario.AllParameters().Select(p => p.Path).ToList();
        for (var i = 0; i < _scenario.Timeline.Count; i++)
        {
            var e = _scenario.Timeline[i];
            if (e.AtMinute < 0 || e.AtMinute > budget + Tolerance)
            {
                Error(_index.ValueAt($"timeline.{i}.at"), $"event at minute {Format(e.AtMinute)} is outside the talks [0, {Format(budget)}]", "use a minute between 0 and protocol.timeBudgetMinutes");
            }

            for (var c = 0; c < e.Changes.Count; c++)
            {
                var change = e.Changes[c];
                if (!parameters.Contains(change.Path))
                {
                    Error(_index.ValueAt($"timeline.{i}.changes.{c}.path"), $"event '{SafeText.Excerpt(e.Description)}' changes '{SafeText.Excerpt(change.Path)}', which is not a numeric parameter of this scenario", UnknownPathHint(change.Path, parameters));
                }
                else if (IsScaleParameter(change.Path) && change.Value is < 0 or > 100)
                {
                    Error(_index.ValueAt($"timeline.{i}.changes.{c}.value"), $"event '{SafeText.Excerpt(e.Description)}' sets '{SafeText.Excerpt(change.Path)}' to {Format(change.Value)}, outside the 0-100 scale", "values on an issue scale lie in 0-100");
                }
            }
        }
    }

    private void CheckMonteCarlo()
    {
        if (_scenario.MonteCarlo.Runs < 1)
        {
            Error(_index.ValueAt("monteCarlo.runs"), $"monteCarlo.runs is {_scenario.MonteCarlo.Runs}; it must be at least 1", "an experiment needs at least one run; 1000 is usual");
        }
    }

    private void CheckObserved()
    {
        foreach (var (issueId, outcome) in _scenario.Observed)
        {
            KnownIssue(issueId, _index.KeyAt($"observed.{issueId}"), "the observed outcome");
            if (outcome.Value is { } value and (< 0 or > 100))
            {
                Error(_index.ValueAt($"observed.{issueId}.value"), $"observed value {Format(value)} on '{issueId}' is outside the 0-100 scale", "observed values are on the issue's 0-100 scale");
            }

            CheckObservedRecord(issueId, outcome);
        }
    }

    /// <summary>A graded record: agreed or grade stated (and not contradicting), range, round and minute within the talks.</summary>
    private void CheckObservedRecord(string issueId, ObservedIssueOutcome outcome)
    {
        var path = $"observed.{issueId}";
        // An index built for parameter overrides holds no file nodes: the record was checked when the file loaded.
        if (_index.Contains(path))
        {
            var agreed = _index.NodeAt(path + ".agreed") as Loading.Yaml.YScalar;
            var stated = agreed is { IsNull: false, Kind: Loading.Yaml.ScalarKind.Boolean } ? Loading.Yaml.ScalarTyping.IsTrue(agreed.Text) : (bool?)null;
            if (outcome.Grade is null && stated is null)
            {
                Error(_index.KeyAt(path), $"the observed outcome on '{issueId}' says neither agreed nor grade", $"add 'grade: ...' ({string.Join(", ", ObservedGrades.Names)}) or 'agreed: true|false'");
            }
            else if (outcome.Grade is { } grade && stated is { } said && said != grade.CountsAsAgreed())
            {
                Error(_index.ValueAt(path + ".agreed"), $"the observed outcome on '{issueId}' says agreed: {(said ? "true" : "false")} but grade {grade.Name()}, which counts as {(grade.CountsAsAgreed() ? "agreed" : "not agreed")}", "remove 'agreed' (the grade decides) or make the two say the same");
            }
        }

        if (outcome.Range is { } range)
        {
            var at = _index.ValueAt(path + ".range");
            if (range.Min > range.Max)
            {
                Error(at, $"the observed range on '{issueId}' is [{Format(range.Min)}, {Format(range.Max)}]: its min is above its max", "write the range as [min, max]");
            }
            else if (range.Min < 0 || range.Max > 100)
            {
                Error(at, $"the observed range [{Format(range.Min)}, {Format(range.Max)}] on '{issueId}' leaves the 0-100 scale", "observed values are on the issue's 0-100 scale");
            }
            else if (outcome.Value is { } v && (v < range.Min - Tolerance || v > range.Max + Tolerance))
            {
                Error(_index.ValueAt(path + ".value"), $"the observed value {Format(v)} on '{issueId}' is outside its range [{Format(range.Min)}, {Format(range.Max)}]", "widen the range so it contains the value, or change the value");
            }
        }

        if (outcome.Round is { } round && (round < 1 || round > _scenario.Protocol.MaxRounds))
        {
            Error(_index.ValueAt(path + ".round"), $"the observed round {round} on '{issueId}' is outside the talks' rounds [1, {_scenario.Protocol.MaxRounds}]", "rounds count from 1 up to protocol.maxRounds");
        }

        var budget = _scenario.Protocol.TimeBudgetMinutes.Value;
        if (outcome.Minute is { } minute && (minute < 0 || minute > budget + Tolerance))
        {
            Error(_index.ValueAt(path + ".minute"), $"the observed minute {Format(minute)} on '{issueId}' is outside the talks [0, {Format(budget)}]", "use a minute between 0 and protocol.timeBudgetMinutes");
        }
    }

    private void CheckProvenance(Parameter parameter)
    {
        if (parameter.Confidence is { } confidence and (< 0 or > 1))
        {
            Error(_index.ValueAt(parameter.Path + ".confidence"), $"{parameter.Path}: confidence {Format(confidence)} is outside [0, 1]", "0 is a guess, 1 is stated outright");
        }

        if (parameter.Uncertainty is not { } uncertainty)
        {
            return;
        }

        var at = _index.ValueAt(parameter.Path + ".uncertainty");
        var (min, max) = uncertainty.Support;
        if (min > max)
        {
            Error(at, $"{parameter.Path}: the uncertainty's min {Format(min)} is above its max {Format(max)}", "write the range as [min, max]");
            return;
        }

        if (parameter.Value < min - Tolerance || parameter.Value > max + Tolerance)
        {
            Error(at, $"{parameter.Path}: the value {Format(parameter.Value)} is outside its uncertainty range [{Format(min)}, {Format(max)}]", "widen the range so it contains the value, or change the value");
        }

        switch (uncertainty)
        {
            case TriangularUncertainty t when t.Mode < t.Min || t.Mode > t.Max:
                Error(at, $"{parameter.Path}: the triangular mode {Format(t.Mode)} is outside [{Format(t.Min)}, {Format(t.Max)}]", "write it as [min, mode, max]");
                break;
            case NormalUncertainty n when n.Sd < 0:
                Error(at, $"{parameter.Path}: the normal sd {Format(n.Sd)} is negative", "a standard deviation is at least 0");
                break;
            case NormalUncertainty n when n.Mean < n.Min || n.Mean > n.Max:
                Error(at, $"{parameter.Path}: the normal mean {Format(n.Mean)} is outside [{Format(n.Min)}, {Format(n.Max)}]", "the mean must lie within the clamp range");
                break;
        }

        if (IsScaleParameter(parameter.Path) && (min < 0 || max > 100))
        {
            Error(at, $"{parameter.Path}: the uncertainty range [{Format(min)}, {Format(max)}] leaves the 0-100 scale", "keep sampled values on the scale");
        }
    }

    private static bool IsScaleParameter(string path) =>
        path.EndsWith(".position", StringComparison.Ordinal) || path.EndsWith(".statusQuo", StringComparison.Ordinal)
        || path.EndsWith(".min", StringComparison.Ordinal) || path.EndsWith(".max", StringComparison.Ordinal)
        || path.EndsWith(".atLeast", StringComparison.Ordinal) || path.EndsWith(".atMost", StringComparison.Ordinal);

    private static string UnknownPathHint(string path, IReadOnlyList<string> parameters)
    {
        var close = DidYouMean.Closest(path, parameters);
        return close is null
            ? "use the path of an existing parameter, e.g. parties.russia.reservationUtility (see 'sim show FILE --explain PATH')"
            : $"did you mean '{close}'?";
    }

    private void OnScale(Parameter? parameter)
    {
        if (parameter is not null && parameter.Value is < 0 or > 100)
        {
            Error(_index.ValueAt(parameter.Path), $"{parameter.Path} = {Format(parameter.Value)} is outside the 0-100 scale", "every position, status quo, red line and threshold lies on the issue's 0-100 scale");
        }
    }

    private void InRange(Parameter parameter, double min, double max, string what)
    {
        if (parameter.Value < min || parameter.Value > max)
        {
            Error(_index.ValueAt(parameter.Path), $"{parameter.Path} = {Format(parameter.Value)} is outside [{Format(min)}, {Format(max)}]", $"{what} lies between {Format(min)} and {Format(max)}");
        }
    }

    private void Positive(Parameter parameter, string what)
    {
        if (parameter.Value <= 0)
        {
            Error(_index.ValueAt(parameter.Path), $"{parameter.Path} = {Format(parameter.Value)}: {what} must be greater than 0", "give it in minutes, e.g. 90");
        }
    }

    private void KnownIssue(string id, Loading.Yaml.SourceMark at, string where)
    {
        if (!_issueIds.Contains(id))
        {
            Error(at, $"unknown issue '{SafeText.Excerpt(id)}' in {where}", DidYouMean.Hint(id, _issueIds, "issues"));
        }
    }

    private void KnownParty(string id, Loading.Yaml.SourceMark at, string where)
    {
        if (!_partyIds.Contains(id))
        {
            Error(at, $"unknown party '{SafeText.Excerpt(id)}' in {where}", DidYouMean.Hint(id, _partyIds, "parties"));
        }
    }

    private void Error(Loading.Yaml.SourceMark at, string message, string hint) => _errors.Add(at.Error(message, hint));

    private static string Interval(Parameter? min, Parameter? max) => $"[{(min is null ? "0" : Format(min.Value))}, {(max is null ? "100" : Format(max.Value))}]";

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
