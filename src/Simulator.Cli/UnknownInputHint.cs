using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>
/// "Did you mean" for a misspelt option or command: strict parsing makes Spectre refuse an unknown
/// option ("Unknown option 'rusn'"), and this finds the nearest option the command has (by edit
/// distance, or as a prefix) from the command's settings type.
/// </summary>
internal static partial class UnknownInputHint
{
    public static string? For(string message, IReadOnlyList<string> args)
    {
        var option = UnknownOption().Match(message);
        if (option.Success)
        {
            var command = args.FirstOrDefault(a => !a.StartsWith('-'));
            var names = command is null ? [] : OptionsOf(command);
            var nearest = Nearest(option.Groups["name"].Value, names);
            return nearest is null
                ? $"'{command} --help' lists the options of that command."
                : $"did you mean '--{nearest}'?";
        }

        var unknown = UnknownCommand().Match(message);
        if (unknown.Success)
        {
            var nearest = Nearest(unknown.Groups["name"].Value, CommandTypes().Keys);
            return nearest is null ? null : $"did you mean 'sim {nearest}'?";
        }

        return null;
    }

    /// <summary>The long option names (without dashes) the command's settings declare.</summary>
    public static IReadOnlyList<string> OptionsOf(string command)
    {
        if (!CommandTypes().TryGetValue(command, out var type))
        {
            return [];
        }

        var settings = SettingsType(type);
        if (settings is null)
        {
            return [];
        }

        return [.. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames)];
    }

    private static Dictionary<string, Type> CommandTypes() =>
        typeof(UnknownInputHint).Assembly.GetTypes()
            .Where(t => t.Namespace == "Simulator.Cli.Commands" && t.Name.EndsWith("Command", StringComparison.Ordinal) && SettingsType(t) is not null)
            .ToDictionary(t => t.Name[..^"Command".Length].ToLowerInvariant(), t => t);

    private static Type? SettingsType(Type command)
    {
        for (var t = command.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
            {
                return settings;
            }
        }

        return null;
    }

    private static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 2
                ? 0
                : Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance: a swap of two neighbours ("rnus") counts as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex("^Unknown option '(?<name>[^']+)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex("^Unknown command '(?<name>[^']+)'")]
    private static partial Regex UnknownCommand();
}
