using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Domain.Scenarios.Loading;
using Xunit.Abstractions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// Mutates the seed scenario many times (deleted keys, wrong types, out-of-range numbers, unknown
/// ids, broken YAML) with a seeded generator: every result must load or fail with a clean
/// <see cref="ScenarioException"/> carrying located errors, never any other exception.
/// </summary>
public sealed partial class SeedMutationTests(ITestOutputHelper output)
{
    private const int Mutations = 1000;

    private static readonly string[] Ids = ["ukraine", "russia", "turkey", "usa", "europe", "ceasefire", "territory", "neutrality", "prisoner_exchange", "leaders_summit"];

    private static readonly string[] Junk =
    [
        "[", "]", "{", "}", ": :", "\"", "'", "- -", "&a", "*b", "!!binary", "!custom x", "\t", "? x", "|", ">", "%YAML 1.2", "---", "...", "@", "`", "#", "\\u0000",
        "[red]", "[/]", "\\e[2J", "\u001b[2J", "\u009b", "\u202e", "\r", "\\0",
    ];

    [Fact]
    public void EveryMutationOfTheSeedLoadsOrFailsWithLocatedErrors()
    {
        var seed = File.ReadAllText(RepositoryFiles.PathOf("seeds/istanbul-2025-05-16.yaml"));
        var random = new Random(20250516);
        var valid = 0;
        var invalid = 0;

        for (var i = 0; i < Mutations; i++)
        {
            var (kind, text) = Mutate(seed, random);
            try
            {
                _ = ScenarioLoader.LoadText(text, "mutant.yaml");
                valid++;
            }
            catch (ScenarioException ex)
            {
                invalid++;
                Assert.NotEmpty(ex.Errors);
                Assert.All(ex.Errors, e =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message), $"mutation {i} ({kind}): empty message");
                    Assert.True(e.Line >= 1 && e.Column >= 1, $"mutation {i} ({kind}): no location for '{e.Message}'");
                });
            }
            catch (Exception ex)
            {
                Assert.Fail($"mutation {i} ({kind}) threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        output.WriteLine($"{valid} mutants loaded, {invalid} were rejected with located errors");
        Assert.True(invalid > Mutations / 4, $"only {invalid} of {Mutations} mutants were rejected: the mutations are too weak");
        Assert.True(valid > 0, "no mutant loaded: the mutations never leave a valid scenario");
    }

    private static (string Kind, string Text) Mutate(string seed, Random random)
    {
        var lines = seed.Split('\n').ToList();
        var index = random.Next(lines.Count);
        var line = lines[index];
        switch (random.Next(11))
        {
            case 9:
                // A long explicit key beside an existing key: beyond YAML's implicit-key limit.
                lines.Insert(index, new string(' ', line.Length - line.TrimStart().Length) + "? k" + new string('x', random.Next(60, 3000)) + "\n" + new string(' ', line.Length - line.TrimStart().Length) + ": 1");
                return ("long key", Join(lines));
            case 10:
                return ("base path", $"base: {Pick(random, ["/etc/passwd", "../../../../etc/shadow.yaml", "/dev/zero", "\"a\\0b.yaml\"", "\"\"", "/proc/self/environ"])}\n" + seed);
            case 0:
                lines.RemoveAt(index);
                return ("delete line", Join(lines));
            case 1:
                lines[index] = NumberPattern().Replace(line, _ => OutOfRange(random), 1);
                return ("out-of-range number", Join(lines));
            case 2:
                lines[index] = NumberPattern().Replace(line, _ => WrongType(random), 1);
                return ("wrong type", Join(lines));
            case 3:
                var id = Ids[random.Next(Ids.Length)];
                lines[index] = line.Replace(id, id[..^1] + "x", StringComparison.Ordinal);
                return ("unknown id", Join(lines));
            case 4:
                var at = random.Next(line.Length + 1);
                lines[index] = line.Insert(at, Junk[random.Next(Junk.Length)]);
                return ("broken YAML", Join(lines));
            case 5:
                lines[index] = new string(' ', random.Next(0, 12)) + line.TrimStart();
                return ("indentation", Join(lines));
            case 6:
                lines.Insert(index, line);
                return ("duplicated line", Join(lines));
            case 7:
                return ("truncated", seed[..random.Next(seed.Length)]);
            default:
                var end = Math.Min(lines.Count, index + 1 + random.Next(1, 25));
                lines.RemoveRange(index, end - index);
                return ("deleted block", Join(lines));
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string OutOfRange(Random random) => random.Next(7) switch
    {
        0 => "-1",
        1 => "101",
        2 => "1.5",
        3 => "1e308",
        4 => "-0.0001",
        5 => Pick(random, ["2147483648", "18446744073709551616", "99999999999999999999999", ".inf", ".nan", "0x7fffffff"]),
        _ => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
    };

    private static string WrongType(Random random) => random.Next(5) switch
    {
        0 => "abc",
        1 => "true",
        2 => "null",
        3 => "[1, 2]",
        _ => "{x: 1}",
    };

    private static string Join(List<string> lines) => string.Join('\n', lines);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
