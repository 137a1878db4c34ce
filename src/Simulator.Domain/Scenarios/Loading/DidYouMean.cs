namespace Simulator.Domain.Scenarios.Loading;

/// <summary>Suggests the known name closest to a misspelt one.</summary>
public static class DidYouMean
{
    public static string? Closest(string given, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(given, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Beyond a third of the word, a "suggestion" is noise.
        return best is not null && bestDistance <= Math.Max(2, given.Length / 3) ? best : null;
    }

    /// <summary>"did you mean 'x'? known: a, b, c" or just the known list.</summary>
    public static string Hint(string given, IReadOnlyCollection<string> known, string plural)
    {
        var list = known.Count == 0 ? $"there are no {plural}" : $"known {plural}: {string.Join(", ", known)}";
        return Closest(given, known) is { } close ? $"did you mean '{close}'? {list}" : list;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
