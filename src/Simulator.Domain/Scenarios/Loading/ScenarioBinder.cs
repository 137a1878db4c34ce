using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Turns a merged, schema-valid YAML tree into the C# <see cref="Scenario"/>. Every numeric value
/// becomes a <see cref="Parameter"/> whose path is exactly its `--set` path. Shapes were checked by
/// the schema; what is left here are defaults and the mapping of names to enums.
/// </summary>
internal static class ScenarioBinder
{
    public static Scenario Bind(YMapping root, string? sourceFile)
    {
        var issues = Entries(root["issues"]).Select(e => BindIssue(e.Key, e.Value)).ToList();
        var parties = Entries(root["parties"]).Select(e => BindParty(e.Key, e.Value)).ToList();
        var protocol = BindProtocol(root["protocol"] as YMapping, issues);
        var timeline = (root["timeline"] as YSequence)?.Items.OfType<YMapping>().Select(BindEvent).ToList() ?? [];
        var monteCarlo = BindMonteCarlo(root["monteCarlo"] as YMapping);
        var observed = new Dictionary<string, ObservedIssueOutcome>(StringComparer.Ordinal);
        foreach (var entry in Entries(root["observed"]))
        {
            observed[entry.Key] = BindObserved(entry.Value as YMapping);
        }

        return new Scenario(
            Text(root["id"]) ?? "scenario",
            Text(root["title"]) ?? Text(root["id"]) ?? "Untitled scenario",
            Text(root["description"]),
            issues,
            parties,
            protocol,
            timeline,
            monteCarlo,
            observed,
            sourceFile);
    }

    /// <summary>A graded record counts as agreed by its grade; an ungraded one says agreed: true or false.</summary>
    private static ObservedIssueOutcome BindObserved(YMapping? map)
    {
        var grade = ObservedGrades.Parse(Text(map?["grade"]));
        var range = Numbers(map?["range"]) is [var lo, var hi] ? new ObservedRange(lo, hi) : null;
        var round = Number(map?["round"]) is { } r ? (int)Math.Clamp(r, int.MinValue, int.MaxValue) : (int?)null;
        return new ObservedIssueOutcome(
            grade?.CountsAsAgreed() ?? Bool(map?["agreed"], false),
            Number(map?["value"]),
            Source(map?["source"]),
            grade,
            range,
            round,
            Number(map?["minute"]));
    }

    private static Issue BindIssue(string id, YNode node)
    {
        var map = node as YMapping;
        var path = $"issues.{id}";
        var anchors = (map?["anchors"] as YSequence)?.Items.OfType<YMapping>()
            .Select(a => new Anchor(Number(a["value"]) ?? 0, Text(a["label"]) ?? ""))
            .ToList() ?? [];
        IssueUnit? unit = map?["unit"] is YMapping u
            ? new IssueUnit(Text(u["name"]) ?? "", Number(u["atZero"]) ?? 0, Number(u["atHundred"]) ?? 100)
            : null;
        return new Issue(
            id,
            Text(map?["label"]) ?? id,
            Text(map?["description"]),
            anchors,
            Param(map?["statusQuo"], $"{path}.statusQuo", 0),
            Bool(map?["separable"], true),
            unit,
            (map?["signatories"] as YSequence)?.Items.Select(Text).OfType<string>().ToList());
    }

    private static Party BindParty(string id, YNode node)
    {
        var map = node as YMapping;
        var path = $"parties.{id}";
        var stances = Entries(map?["stances"]).Select(e => BindStance(e.Key, e.Value, $"{path}.stances.{e.Key}")).ToList();
        var linkages = Entries(map?["linkages"]).Select(e => BindLinkage(e.Key, e.Value, $"{path}.linkages.{e.Key}")).ToList();
        var influences = Entries(map?["influences"]).Select(e =>
        {
            var m = e.Value as YMapping;
            var kind = Text(m?["kind"]) == "alignment" ? InfluenceKind.Alignment : InfluenceKind.Pressure;
            return new Influence(e.Key, kind, Param(m?["strength"], $"{path}.influences.{e.Key}.strength", 0), Source(m?["source"]));
        }).ToList();

        return new Party(
            id,
            Text(map?["name"]) ?? id,
            Text(map?["role"]) switch
            {
                "mediator" => PartyRole.Mediator,
                "patron" => PartyRole.Patron,
                _ => PartyRole.Principal,
            },
            Param(map?["capability"], $"{path}.capability", 50),
            Param(map?["reservationUtility"], $"{path}.reservationUtility", 0),
            Param(map?["concessionBeta"], $"{path}.concessionBeta", 1),
            Param(map?["riskAttitude"], $"{path}.riskAttitude", 0),
            Text(map?["utilityShape"]) == "concave" ? UtilityShape.Concave : UtilityShape.Linear,
            BindDelegation(map?["delegation"] as YMapping, $"{path}.delegation"),
            stances,
            linkages,
            influences,
            Bool(map?["present"], true));
    }

    private static Delegation BindDelegation(YMapping? map, string path)
    {
        if (map is null)
        {
            return Delegation.Leader;
        }

        var level = Text(map["level"]) switch
        {
            "mid" => DelegationLevel.Mid,
            "minister" => DelegationLevel.Minister,
            _ => DelegationLevel.Leader,
        };
        var mandate = Entries(map["mandate"]).Select(e =>
        {
            var m = e.Value as YMapping;
            return new MandateLimit(e.Key, OptionalParam(m?["min"], $"{path}.mandate.{e.Key}.min"), OptionalParam(m?["max"], $"{path}.mandate.{e.Key}.max"));
        }).ToList();
        return new Delegation(level, mandate, Source(map["source"]));
    }

    private static Stance BindStance(string issueId, YNode node, string path)
    {
        var map = node as YMapping;
        RedLine? redLine = map?["redLine"] is YMapping r
            ? new RedLine(OptionalParam(r["min"], $"{path}.redLine.min"), OptionalParam(r["max"], $"{path}.redLine.max"), Source(r["source"]))
            : null;
        return new Stance(issueId, Param(map?["position"], $"{path}.position", 0), Param(map?["salience"], $"{path}.salience", 0), redLine);
    }

    /// <summary>
    /// `require:` is one condition; `requireAllOf:` and `requireAnyOf:` are lists of them (every one,
    /// or at least one). Semantics reports a linkage that gives none or several of the three.
    /// </summary>
    private static Linkage BindLinkage(string id, YNode node, string path)
    {
        var map = node as YMapping;
        var (requirements, mode) = map?["requireAnyOf"] is YSequence any
            ? (Conditions(any, $"{path}.requireAnyOf"), LinkageMode.AnyOf)
            : map?["requireAllOf"] is YSequence all
                ? (Conditions(all, $"{path}.requireAllOf"), LinkageMode.AllOf)
                : ([BindCondition(map?["require"] as YMapping, $"{path}.require")], LinkageMode.AllOf);
        return new Linkage(
            id,
            Text(map?["description"]),
            BindCondition(map?["when"] as YMapping, $"{path}.when"),
            requirements,
            mode,
            Source(map?["source"]));
    }

    private static List<IssueCondition> Conditions(YSequence list, string path) =>
        [.. list.Items.Select((item, k) => BindCondition(item as YMapping, $"{path}.{k.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))];

    private static IssueCondition BindCondition(YMapping? map, string path) =>
        new(Text(map?["issue"]) ?? "", OptionalParam(map?["atLeast"], $"{path}.atLeast"), OptionalParam(map?["atMost"], $"{path}.atMost"));

    private static ProtocolSettings BindProtocol(YMapping? map, IReadOnlyList<Issue> issues)
    {
        var agenda = (map?["agenda"] as YSequence)?.Items.Select(Text).OfType<string>().ToList() ?? [.. issues.Select(i => i.Id)];
        return new ProtocolSettings(
            Text(map?["kind"]) == "alternating-offers" ? ProtocolKind.AlternatingOffers : ProtocolKind.MediatedSingleText,
            Text(map?["mediator"]),
            Param(map?["timeBudgetMinutes"], "protocol.timeBudgetMinutes", 90),
            Param(map?["minutesPerRound"], "protocol.minutesPerRound", 10),
            (int)Math.Clamp(Number(map?["maxRounds"]) ?? 100, int.MinValue, int.MaxValue),
            Text(map?["packaging"]) == "all-or-nothing" ? Packaging.AllOrNothing : Packaging.SeparableItems,
            agenda,
            map?["mediators"] is YMapping chair ? [.. chair.Entries.Select(BindCoMediator)] : null);
    }

    /// <summary>A co-mediator's weight defaults to 1: a chair whose weights are all left out is shared equally.</summary>
    private static CoMediator BindCoMediator(YEntry entry)
    {
        var map = entry.Value as YMapping;
        return new CoMediator(entry.Key, Param(map?["weight"], $"protocol.mediators.{entry.Key}.weight", 1), Source(map?["source"]));
    }

    private static TimelineEvent BindEvent(YMapping map)
    {
        var changes = (map["changes"] as YSequence)?.Items.OfType<YMapping>()
            .Select(c => new ParameterChange(Text(c["path"]) ?? "", Number(c["value"]) ?? 0))
            .ToList() ?? [];
        return new TimelineEvent(Number(map["at"]) ?? 0, Text(map["description"]) ?? "", changes, Source(map["source"]));
    }

    private static MonteCarloDefaults BindMonteCarlo(YMapping? map)
    {
        var runs = Number(map?["runs"]) ?? 1000;
        // Parsed from the text: a double would round seeds above 2^53.
        var seed = 1UL;
        if (map?["seed"] is YScalar s && !ulong.TryParse(s.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seed))
        {
            throw new ScenarioException(s.Mark.Error(
                $"monteCarlo.seed '{SafeText.Excerpt(s.Text)}' is not a whole number from 0 to {ulong.MaxValue}",
                "write the seed in plain digits, e.g. seed: 20250516"));
        }

        return new MonteCarloDefaults((int)Math.Clamp(runs, int.MinValue, int.MaxValue), seed);
    }

    private static Parameter Param(YNode? node, string path, double fallback) => OptionalParam(node, path) ?? Parameter.Fixed(path, fallback);

    private static Parameter? OptionalParam(YNode? node, string path)
    {
        switch (node)
        {
            case YScalar scalar when Number(scalar) is { } plain:
                return Parameter.Fixed(path, plain);
            case YMapping map when Number(map["value"]) is { } value:
                return new Parameter(path, value, Source(map["source"]), Number(map["confidence"]), BindUncertainty(map["uncertainty"] as YMapping));
            default:
                return null;
        }
    }

    /// <summary>An uncertainty block (uniform, triangular or normal), shared with the series binder.</summary>
    internal static Uncertainty? BindUncertainty(YMapping? map)
    {
        if (map is null)
        {
            return null;
        }

        if (Numbers(map["uniform"]) is [var lo, var hi])
        {
            return new UniformUncertainty(lo, hi);
        }

        if (Numbers(map["triangular"]) is [var min, var mode, var max])
        {
            return new TriangularUncertainty(min, mode, max);
        }

        if (map["normal"] is YMapping n && Number(n["mean"]) is { } mean && Number(n["sd"]) is { } sd
            && Number(n["min"]) is { } nmin && Number(n["max"]) is { } nmax)
        {
            return new NormalUncertainty(mean, sd, nmin, nmax);
        }

        return null;
    }

    /// <summary>A parameter's source block (quote, where, note), shared with the series binder.</summary>
    internal static Provenance? Source(YNode? node) =>
        node is YMapping map ? new Provenance(Text(map["quote"]), Text(map["where"]), Text(map["note"])) : null;

    private static IEnumerable<YEntry> Entries(YNode? node) => (node as YMapping)?.Entries ?? [];

    private static string? Text(YNode? node) => node is YScalar { IsNull: false } s ? s.Text : null;

    private static double? Number(YNode? node) =>
        node is YScalar { Kind: ScalarKind.Number } s && ScalarTyping.TryNumber(s.Text, out var v) ? v : null;

    private static List<double>? Numbers(YNode? node) =>
        node is YSequence seq && seq.Items.All(i => Number(i) is not null) ? [.. seq.Items.Select(i => Number(i)!.Value)] : null;

    private static bool Bool(YNode? node, bool fallback) =>
        node is YScalar { Kind: ScalarKind.Boolean } s ? ScalarTyping.IsTrue(s.Text) : fallback;
}
