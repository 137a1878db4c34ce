using System.Collections;
using System.Reflection;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// Structural comparison of scenario records (records compare lists by reference, so the
/// generated Equals is not enough). Returns the first few paths where two values differ.
/// </summary>
internal static class DeepEquality
{
    public static List<string> Differences(object? a, object? b, params string[] ignoredProperties)
    {
        var differences = new List<string>();
        Compare(a, b, "scenario", differences, ignoredProperties, 0);
        return differences;
    }

    private static void Compare(object? a, object? b, string path, List<string> differences, string[] ignored, int depth)
    {
        if (differences.Count >= 10 || depth > 32)
        {
            return;
        }

        if (a is null || b is null)
        {
            if (!(a is null && b is null))
            {
                differences.Add($"{path}: {a ?? "null"} vs {b ?? "null"}");
            }

            return;
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            differences.Add($"{path}: type {type.Name} vs {b.GetType().Name}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || a is string or decimal)
        {
            if (!a.Equals(b))
            {
                differences.Add($"{path}: {a} vs {b}");
            }

            return;
        }

        if (a is IDictionary da && b is IDictionary db)
        {
            var keysA = da.Keys.Cast<object>().Select(k => k.ToString()).ToList();
            var keysB = db.Keys.Cast<object>().Select(k => k.ToString()).ToList();
            if (!keysA.SequenceEqual(keysB))
            {
                differences.Add($"{path}: keys {string.Join(",", keysA)} vs {string.Join(",", keysB)}");
                return;
            }

            foreach (var key in da.Keys)
            {
                Compare(da[key], db[key], $"{path}[{key}]", differences, ignored, depth + 1);
            }

            return;
        }

        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            if (la.Count != lb.Count)
            {
                differences.Add($"{path}: {la.Count} items vs {lb.Count}");
                return;
            }

            for (var i = 0; i < la.Count; i++)
            {
                Compare(la[i], lb[i], $"{path}[{i}]", differences, ignored, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || ignored.Contains(property.Name) || property.Name == "EqualityContract")
            {
                continue;
            }

            Compare(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}", differences, ignored, depth + 1);
        }
    }
}
