using System.Text.Json.Nodes;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Finds the sub-schema that describes a location in a scenario, to turn schema errors into hints
/// (the property's description, the keys allowed where an unknown key was found).
/// </summary>
internal static class SchemaWalker
{
    private const int MaxRefHops = 16;

    public static JsonObject? Find(IReadOnlyList<string> segments)
    {
        var current = Resolve(SchemaText.Json as JsonObject);
        foreach (var segment in segments)
        {
            current = Step(current, segment);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static IReadOnlyList<string> PropertyNames(JsonObject? schema)
    {
        var names = new List<string>();
        foreach (var branch in Branches(schema))
        {
            if (branch["properties"] is JsonObject props)
            {
                names.AddRange(props.Select(p => p.Key).Where(n => !names.Contains(n)));
            }
        }

        return names;
    }

    public static string? Description(JsonObject? schema) =>
        Branches(schema).Select(b => b["description"]?.GetValue<string>()).FirstOrDefault(d => d is not null);

    private static JsonObject? Step(JsonObject? schema, string segment)
    {
        foreach (var branch in Branches(schema))
        {
            if (branch["properties"] is JsonObject props && props[segment] is JsonObject named)
            {
                return Merge(named);
            }

            if (branch["items"] is JsonObject items && int.TryParse(segment, out _))
            {
                return Resolve(items);
            }

            if (branch["additionalProperties"] is JsonObject extra)
            {
                return Resolve(extra);
            }
        }

        return null;
    }

    // A property may carry its own description next to a $ref: keep the local one.
    private static JsonObject? Merge(JsonObject named)
    {
        var resolved = Resolve(named);
        if (resolved is null || named["description"] is null || ReferenceEquals(resolved, named))
        {
            return resolved;
        }

        var copy = (JsonObject)resolved.DeepClone();
        copy["description"] = named["description"]!.DeepClone();
        return copy;
    }

    private static IEnumerable<JsonObject> Branches(JsonObject? schema)
    {
        if (schema is null)
        {
            yield break;
        }

        yield return schema;
        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (schema[key] is JsonArray options)
            {
                foreach (var option in options.OfType<JsonObject>())
                {
                    if (Resolve(option) is { } resolved)
                    {
                        yield return resolved;
                    }
                }
            }
        }
    }

    private static JsonObject? Resolve(JsonObject? schema)
    {
        for (var hop = 0; hop < MaxRefHops && schema?["$ref"] is JsonValue reference; hop++)
        {
            var name = reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
            schema = SchemaText.Json["$defs"]?[name] as JsonObject;
        }

        return schema;
    }
}
