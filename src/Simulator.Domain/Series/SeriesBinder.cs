using System.Globalization;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Series;

/// <summary>Turns a schema-valid series tree into a <see cref="SeriesDefinition"/>, collecting every semantic error.</summary>
internal sealed class SeriesBinder(YMapping root, SeriesRoundSource roundSource, string display, IReadOnlyList<string> sets)
{
    private readonly PathIndex _at = new(root);

    public SeriesDefinition? Bind(List<ScenarioError> errors)
    {
        var seriesMap = (YMapping)root["series"]!;
        var roundEntries = ((YMapping)seriesMap["rounds"]!).Entries;
        var roundIds = roundEntries.Select(e => e.Key).ToList();
        var rounds = new List<SeriesRound>();
        Scenario? previous = null;
        foreach (var (entry, index) in roundEntries.Select((e, i) => (e, i)))
        {
            var round = BindRound(entry, index, previous, roundIds, errors);
            if (round is null)
            {
                // Later rounds are checked against this one: without it, stop here.
                return null;
            }

            rounds.Add(round);
            previous = round.Scenario;
        }

        var events = BindEvents(seriesMap["events"] as YSequence, rounds, errors);
        return new SeriesDefinition(
            Text(root["id"]) ?? Path.GetFileNameWithoutExtension(display),
            Text(root["title"]) ?? Text(root["id"]) ?? display,
            Text(root["description"]),
            rounds,
            events,
            BindMonteCarlo(root["monteCarlo"] as YMapping, rounds[0].Scenario.MonteCarlo),
            display);
    }

    private SeriesRound? BindRound(YEntry entry, int index, Scenario? previous, List<string> roundIds, List<ScenarioError> errors)
    {
        var map = (YMapping)entry.Value;
        var path = $"series.rounds.{entry.Key}";
        var file = Text(map["scenario"])!;
        if (roundSource.Find(entry.Key, file, out var missing) is not var (roundDisplay, load))
        {
            errors.Add(_at.ValueAt($"{path}.scenario").Error($"round {entry.Key}: scenario file not found: {missing}", "a round's scenario path is relative to the series file"));
            return null;
        }

        Scenario scenario;
        try
        {
            scenario = load(SeriesLoader.SetsFor(entry.Key, sets, roundIds));
        }
        catch (ScenarioException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }

        var carry = new List<CarryOver>();
        foreach (var c in Entries(map["carryOver"]))
        {
            var at = $"{path}.carryOver.{c.Key}";
            if (previous is null)
            {
                errors.Add(c.KeyMark.Error($"round {entry.Key} is the first round: nothing carries over into it", "remove carryOver from the first round"));
                continue;
            }

            if (scenario.IssueIndex(c.Key) < 0 || previous.IssueIndex(c.Key) < 0)
            {
                var which = scenario.IssueIndex(c.Key) < 0 ? $"round {entry.Key}" : "the previous round";
                var known = scenario.Issues.Select(i => i.Id).Where(id => previous.IssueIndex(id) >= 0).ToList();
                errors.Add(c.KeyMark.Error($"carryOver names issue '{c.Key}', which {which} does not have", DidYouMean.Hint(c.Key, known, "issues of both rounds")));
                continue;
            }

            var cm = c.Value as YMapping;
            var mode = Text(cm?["mode"]) == "fresh" ? CarryMode.Fresh : CarryMode.StatusQuo;
            var implemented = Param(cm?["implemented"], $"{at}.implemented", 1);
            CheckShare(implemented, $"{at}.implemented", "implemented", errors);
            carry.Add(new CarryOver(c.Key, mode, implemented, ScenarioBinder.Source(cm?["source"])));
        }

        var trust = new List<TrustRule>();
        foreach (var t in Entries(map["trust"]))
        {
            if (previous is null)
            {
                errors.Add(t.KeyMark.Error($"round {entry.Key} is the first round: there is no record yet to trust or distrust", "remove trust from the first round"));
                continue;
            }

            var party = scenario.Parties.FirstOrDefault(p => p.Id == t.Key);
            if (party is not { Role: PartyRole.Principal })
            {
                var principals = scenario.Parties.Where(p => p.Role == PartyRole.Principal).Select(p => p.Id).ToList();
                errors.Add(t.KeyMark.Error($"trust names '{t.Key}', which is not a principal of round {entry.Key}", DidYouMean.Hint(t.Key, principals, "principals")));
                continue;
            }

            var tm = (YMapping)t.Value;
            var perShortfall = Param(tm["reservationUtility"], $"{path}.trust.{t.Key}.reservationUtility", 0);
            CheckRange(perShortfall, $"{path}.trust.{t.Key}.reservationUtility", -1, 1, "a trust response", errors);
            trust.Add(new TrustRule(t.Key, perShortfall, ScenarioBinder.Source(tm["source"])));
        }

        double? days = Number(map["daysAfterPrevious"]);
        if (days is not null && previous is null)
        {
            errors.Add(_at.KeyAt($"{path}.daysAfterPrevious").Error($"round {entry.Key} is the first round: there is no previous round", "remove daysAfterPrevious from the first round"));
        }

        return new SeriesRound(entry.Key, roundDisplay, scenario, days, carry, trust);
    }

    private List<SeriesEvent> BindEvents(YSequence? list, List<SeriesRound> rounds, List<ScenarioError> errors)
    {
        var events = new List<SeriesEvent>();
        var ids = rounds.Select(r => r.Id).ToList();
        for (var k = 0; k < (list?.Items.Count ?? 0); k++)
        {
            var map = (YMapping)list!.Items[k];
            var path = string.Create(CultureInfo.InvariantCulture, $"series.events.{k}");
            var before = Text(map["before"])!;
            var round = rounds.FirstOrDefault(r => r.Id == before);
            if (round is null)
            {
                errors.Add(_at.ValueAt($"{path}.before").Error($"event '{Text(map["description"])}' comes before round '{before}', which the series does not have", DidYouMean.Hint(before, ids, "rounds")));
                continue;
            }

            if (ReferenceEquals(round, rounds[0]))
            {
                errors.Add(_at.ValueAt($"{path}.before").Error($"an event before the first round ('{before}') has no previous round to follow", "put it in the first round's scenario (its timeline at minute 0, or its values)"));
                continue;
            }

            var changes = new List<ParameterChange>();
            var changeList = map["changes"] as YSequence;
            for (var c = 0; c < (changeList?.Items.Count ?? 0); c++)
            {
                var cm = (YMapping)changeList!.Items[c];
                var changePath = Text(cm["path"])!;
                if (!SeriesLoader.HasParameter(round.Scenario, changePath))
                {
                    var known = round.Scenario.AllParameters().Select(p => p.Path).ToList();
                    errors.Add(_at.ValueAt(string.Create(CultureInfo.InvariantCulture, $"{path}.changes.{c}.path")).Error(
                        $"round {before} has no parameter '{changePath}'",
                        DidYouMean.Closest(changePath, known) is { } close ? $"did you mean '{close}'?" : "use a path as --set takes it, e.g. parties.russia.reservationUtility"));
                    continue;
                }

                changes.Add(new ParameterChange(changePath, Number(cm["value"]) ?? 0));
            }

            var issues = round.Scenario.Issues.Select(i => i.Id).ToList();
            var agenda = round.Scenario.Protocol.Agenda.Count == 0 ? issues : [.. round.Scenario.Protocol.Agenda];
            var add = Ids(map["addToAgenda"]);
            var retire = Ids(map["retire"]);
            for (var a = 0; a < add.Count; a++)
            {
                if (!issues.Contains(add[a]))
                {
                    errors.Add(_at.ValueAt(string.Create(CultureInfo.InvariantCulture, $"{path}.addToAgenda.{a}")).Error($"round {before} has no issue '{add[a]}' to put on its agenda", DidYouMean.Hint(add[a], issues, "issues")));
                }
            }

            for (var r = 0; r < retire.Count; r++)
            {
                if (!agenda.Contains(retire[r]) && !add.Contains(retire[r]))
                {
                    errors.Add(_at.ValueAt(string.Create(CultureInfo.InvariantCulture, $"{path}.retire.{r}")).Error($"issue '{retire[r]}' is not on round {before}'s agenda, so it cannot be retired", DidYouMean.Hint(retire[r], agenda, "agenda issues")));
                }
            }

            events.Add(new SeriesEvent(before, Text(map["description"]) ?? "", changes, add, retire, ScenarioBinder.Source(map["source"])));
        }

        return events;
    }

    private void CheckShare(Parameter p, string path, string what, List<ScenarioError> errors) =>
        CheckRange(p, path, 0, 1, $"an {what} share", errors, "write the share carried out as a fraction, e.g. 0.9 for nine tenths");

    private void CheckRange(Parameter p, string path, double min, double max, string what, List<ScenarioError> errors, string hint = "a trust response is the change in reservation utility per unit of shortfall, e.g. 0.2")
    {
        var (lo, hi) = p.Uncertainty?.Support ?? (p.Value, p.Value);
        if (p.Value < min || p.Value > max || lo < min || hi > max)
        {
            errors.Add(_at.ValueAt(path).Error(
                string.Create(CultureInfo.InvariantCulture, $"{what} must lie in [{min}, {max}] (its uncertainty too); got {p.Value}{(p.Uncertainty is null ? "" : $" with range [{lo}, {hi}]")}"),
                hint));
        }
        else if (lo > p.Value || hi < p.Value)
        {
            errors.Add(_at.ValueAt(path).Error($"the uncertainty range [{lo}, {hi}] does not contain the value {p.Value}", "widen the range or move the value inside it"));
        }
    }

    private static MonteCarloDefaults BindMonteCarlo(YMapping? map, MonteCarloDefaults fallback)
    {
        var runs = Number(map?["runs"]) is { } r ? (int)Math.Clamp(r, 1, int.MaxValue) : fallback.Runs;
        var seed = map?["seed"] is YScalar s && ulong.TryParse(s.Text, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback.Seed;
        return new MonteCarloDefaults(runs, seed);
    }

    private static Parameter Param(YNode? node, string path, double fallback) => node switch
    {
        YScalar scalar when Number(scalar) is { } plain => Parameter.Fixed(path, plain),
        YMapping map when Number(map["value"]) is { } value => new Parameter(path, value, ScenarioBinder.Source(map["source"]), Number(map["confidence"]), ScenarioBinder.BindUncertainty(map["uncertainty"] as YMapping)),
        _ => Parameter.Fixed(path, fallback),
    };

    private static IEnumerable<YEntry> Entries(YNode? node) => (node as YMapping)?.Entries ?? [];

    private static List<string> Ids(YNode? node) => node is YSequence seq ? [.. seq.Items.Select(Text).OfType<string>()] : [];

    private static string? Text(YNode? node) => node is YScalar { IsNull: false } s ? s.Text : null;

    private static double? Number(YNode? node) =>
        node is YScalar { Kind: ScalarKind.Number } s && ScalarTyping.TryNumber(s.Text, out var v) ? v : null;

    private static List<double>? Numbers(YNode? node) =>
        node is YSequence seq && seq.Items.All(i => Number(i) is not null) ? [.. seq.Items.Select(i => Number(i)!.Value)] : null;
}
