using System.Text.RegularExpressions;
using Json.Schema;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Checks a merged scenario tree against the JSON Schema and turns each failure into a
/// file:line:column error a student can act on (one per location, the most specific wins).
/// </summary>
internal static partial class SchemaChecker
{
    private const string UnknownKey = "\u0000unknown";
    private static readonly string[] TypeOrder = ["number", "integer", "string", "boolean", "array", "object", "null"];

    private const string KeyPrefix = "\u0001";

    // JsonSchema.Net 7 rebuilds its cached constraints when handed new EvaluationOptions, and
    // concurrent evaluations of one schema then race (json-everything issue #929: random results
    // under parallel loads, which the Orleans workers and parallel tests do). So: one shared
    // options instance per format, and one evaluation at a time.
    private static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions HierarchicalOptions = new() { OutputFormat = OutputFormat.Hierarchical };
    private static readonly Lock EvaluationLock = new();

    public static IReadOnlyList<ScenarioError> Check(YNode root)
    {
        var locations = new Dictionary<string, NodeAt>(StringComparer.Ordinal);
        var json = YamlToJson.Convert(root, locations);
        // The flag format stops at the first failure: cheap for the usual, valid case.
        EvaluationResults result;
        lock (EvaluationLock)
        {
            if (SchemaText.Schema.Evaluate(json, FlagOptions).IsValid)
            {
                return [];
            }

            result = SchemaText.Schema.Evaluate(json, HierarchicalOptions);
        }

        var byLocation = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        Collect(result, byLocation, 0);

        // A parameter may be a number or a mapping; when its mapping form has a deeper error, the
        // "should be a number" complaint at the parameter itself is noise.
        var errors = new List<ScenarioError>();
        foreach (var (pointer, messages) in byLocation)
        {
            var hasDeeper = byLocation.Keys.Any(k => k.Length > pointer.Length && k.StartsWith(pointer + "/", StringComparison.Ordinal));
            var kept = hasDeeper ? messages.Where(m => !IsTypeMessage(m)).ToList() : messages;
            if (kept.Count > 0)
            {
                errors.Add(Describe(pointer, kept, locations));
            }
        }

        if (errors.Count == 0)
        {
            errors.Add(root.Mark.Error("the scenario does not match the schema", "check it in an editor that reads scenarios/scenario.schema.json"));
        }

        return [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)];
    }

    // Walks only the failing branches of the evaluation: a valid oneOf has failing alternatives
    // that are not errors, and a failing `if` only selects `else`.
    private static void Collect(EvaluationResults node, SortedDictionary<string, List<string>> byLocation, int depth)
    {
        if (node.IsValid || depth > 4 * YamlLimits.MaxDepth || node.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
        {
            return;
        }

        if (node.Errors is not null)
        {
            var pointer = node.InstanceLocation.ToString();
            foreach (var (keyword, message) in node.Errors)
            {
                if (!byLocation.TryGetValue(pointer, out var list))
                {
                    byLocation[pointer] = list = [];
                }

                var onKey = node.EvaluationPath.ToString().Contains("/propertyNames", StringComparison.Ordinal);
                list.Add(keyword == "additionalProperties" || message.Contains("false schema", StringComparison.Ordinal) ? UnknownKey : onKey ? KeyPrefix + message : message);
            }
        }

        if (node.HasDetails)
        {
            foreach (var child in node.Details)
            {
                Collect(child, byLocation, depth + 1);
            }
        }
    }

    private static ScenarioError Describe(string pointer, List<string> messages, Dictionary<string, NodeAt> locations)
    {
        var segments = pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(YamlToJson.Unescape).ToList();
        // Keys are the user's text (or a base file's): quoted only as short, escaped excerpts.
        var dotted = segments.Count == 0 ? "the scenario" : string.Join('.', segments.Select(s => SafeText.Excerpt(s)));
        var at = locations.TryGetValue(pointer, out var node) ? node : new NodeAt(new YScalar(new SourceMark("<input>", 1, 1), "", false), null);
        var schema = SchemaWalker.Find(segments);

        if (messages.Contains(UnknownKey) && segments.Count > 0)
        {
            var key = segments[^1];
            var parent = SchemaWalker.Find(segments.Take(segments.Count - 1).ToList());
            var known = SchemaWalker.PropertyNames(parent);
            var mark = at.KeyMark ?? at.Node.Mark;
            var parentName = segments.Count == 1 ? "the scenario" : string.Join('.', segments.Take(segments.Count - 1).Select(s => SafeText.Excerpt(s)));
            return mark.Error($"unknown key '{SafeText.Excerpt(key)}' in {parentName}", DidYouMean.Hint(key, known, "keys"));
        }

        var expected = messages.Where(IsTypeMessage)
            .SelectMany(m => ExpectedTypes().Matches(m[m.IndexOf("but should be", StringComparison.Ordinal)..]).Select(x => x.Value))
            .Distinct().OrderBy(t => Array.IndexOf(TypeOrder, t)).ToList();
        var parts = new List<string>();
        if (expected.Count > 0)
        {
            parts.Add($"expected {string.Join(" or ", expected.Select(Article))}, found {at.Node.KindName}");
        }

        parts.AddRange(messages.Where(m => !IsTypeMessage(m) && m != UnknownKey).Select(m => Humanize(m.TrimStart(KeyPrefix[0]))).Distinct());
        var hint = SchemaWalker.Description(schema);
        if (schema?["enum"] is System.Text.Json.Nodes.JsonArray allowed)
        {
            hint = $"allowed: {string.Join(", ", allowed.Select(a => a?.ToString()))}" + (hint is null ? "" : $". {hint}");
        }

        var missing = messages.Any(m => RequiredList().IsMatch(m));
        var onKey = missing || messages.Any(m => m.StartsWith(KeyPrefix, StringComparison.Ordinal));
        var where = onKey ? at.KeyMark ?? at.Node.Mark : at.Node.Mark;
        if (missing && segments.Count >= 2 && SiblingLike(segments, locations) is { } sibling)
        {
            hint = $"did you mean '{sibling}'? (in an overlay a misspelt id adds a new entry instead of changing the existing one). {hint}";
        }

        return where.Error($"{dotted}: {string.Join("; ", parts)}", hint);
    }

    private static string? SiblingLike(List<string> segments, Dictionary<string, NodeAt> locations)
    {
        var parentPointer = "/" + string.Join('/', segments.Take(segments.Count - 1).Select(YamlToJson.Escape));
        if (!locations.TryGetValue(parentPointer, out var parent) || parent.Node is not YMapping siblings)
        {
            return null;
        }

        var key = segments[^1];
        return DidYouMean.Closest(key, siblings.Entries.Select(e => e.Key).Where(k => k != key));
    }

    private static bool IsTypeMessage(string message) => message.StartsWith("Value is ", StringComparison.Ordinal) && message.Contains("but should be", StringComparison.Ordinal);

    private static string Article(string type) => type switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "a string",
        "boolean" => "true or false",
        _ => type,
    };

    private static string Humanize(string message)
    {
        var required = RequiredList().Match(message);
        if (required.Success)
        {
            return $"missing required key(s) {required.Groups[1].Value.Replace("\"", "'", StringComparison.Ordinal)}";
        }

        if (message.Contains("enum", StringComparison.Ordinal))
        {
            return "not one of the allowed values";
        }

        if (message.Contains("regular expression", StringComparison.Ordinal))
        {
            return "not a valid id (use lower_snake_case: letters, digits, underscores, starting with a letter)";
        }

        return message;
    }

    [GeneratedRegex("\\b(object|array|string|number|integer|boolean|null)\\b")]
    private static partial Regex ExpectedTypes();

    [GeneratedRegex("Required properties \\[(.*)\\] (are|is) not present")]
    private static partial Regex RequiredList();
}
