using System.Diagnostics;
using System.Text;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Grains.Scenarios;
using Xunit.Abstractions;

namespace Simulator.Cli.Tests.Hardening;

/// <summary>
/// Thousands of seeded mutations of the seed scenario (broken YAML, wrong types, markup, control
/// characters, hostile paths and devices in `base:` and FILE, numbers beyond every range, long keys)
/// through `validate` and `run`, and a sample through every other command that reads a scenario, all
/// in-process: every outcome is exit 0 or a located exit-2 error, never exit 1, a stack trace, a raw
/// control character on the terminal or a hang; every mutant that validates also compiles from the
/// snapshot a silo receives.
/// </summary>
public sealed class GeneratedInputTests(ITestOutputHelper output) : IDisposable
{
    private const int Mutants = 2000;

    /// <summary>One mutant in this many also goes through every other command.</summary>
    private const int EveryCommandEvery = 50;

    /// <summary>A hang, not a slow machine: each command takes well under a second on an idle one.</summary>
    private static readonly TimeSpan PerCommand = TimeSpan.FromMinutes(3);

    private static readonly string[] Hostile =
    [
        "[", "]", "[red]", "[/]", "[[x]]", "[bold]x[/", "\\e[2J", "\\e]0;title\\a", "\\r", "\\u009b31m", "\\0", "\\u202e", "\\ufeff", "\\t",
        "{", "}", ": :", "- -", "&a", "*b", "!!binary", "!custom x", "? x", "|", ">", "---", "...", "@", "`", "#", "%YAML 1.2",
    ];

    private static readonly string[] BigNumbers =
    [
        "2147483648", "-2147483649", "18446744073709551616", "99999999999999999999999999", "1e308", "-1e308", "1e-320", ".inf", "-.inf", ".nan",
        "0x7fffffff", "0o777", "4294967296", "9223372036854775808", "-0", "1_000",
    ];

    private readonly HostileScenario _files = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"sim-outside-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _files.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public async Task EveryMutantExitsZeroOrTwoThroughEveryCommand()
    {
        PlantHostileFiles();
        var random = new Random(20250516);
        var mutants = Enumerable.Range(0, Mutants).Select(i => Mutate(random, i)).ToList();
        var byExit = new SortedDictionary<int, int>();
        var byCommand = new SortedDictionary<string, (int Count, double Seconds)>(StringComparer.Ordinal);
        var failures = new List<string>();
        var gate = new Lock();
        var timeouts = 0;
        var compiled = 0;
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Mutants), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, async (i, _) =>
        {
            var (kind, text, fileArgument) = mutants[i];
            var file = fileArgument ?? _files.Write($"mutant-{i}.yaml", text);
            List<string[]> commands =
            [
                ["validate", file],
                ["run", file, "--runs", "2", "--in-process", "--format", i % 3 == 0 ? "json" : i % 3 == 1 ? "csv" : "table"],
            ];
            if (i % EveryCommandEvery == 0)
            {
                commands.AddRange(EveryOtherCommand(file, i));
            }

            foreach (var args in commands)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await RunBounded(args);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var valid = args[0] == "validate" && outcome?.ExitCode == 0;
                if (valid)
                {
                    // What `run` sends to a silo: the resolved snapshot, compiled as the silo compiles it.
                    Assert.NotNull(new YamlScenarioSnapshotCompiler().Compile(ScenarioLoader.LoadResolved(file).Yaml));
                }

                lock (gate)
                {
                    compiled += valid ? 1 : 0;
                    var (count, total) = byCommand.GetValueOrDefault(args[0]);
                    byCommand[args[0]] = (count + 1, total + seconds);
                    if (outcome is null)
                    {
                        timeouts++;
                        failures.Add($"mutant {i} ({kind}): sim {args[0]} did not finish within {PerCommand}");
                        continue;
                    }

                    byExit[outcome.ExitCode] = byExit.GetValueOrDefault(outcome.ExitCode) + 1;
                    if (Problem(outcome) is { } problem)
                    {
                        failures.Add($"mutant {i} ({kind}), sim {string.Join(' ', args.Select(a => SafeText.Excerpt(a, 60)))}: {problem}\n{Shorten(outcome.Out)}\n{Shorten(outcome.Err)}");
                    }
                }
            }
        });

        output.WriteLine($"{Mutants} mutants in {watch.Elapsed.TotalSeconds:0} s; exit codes: {string.Join(", ", byExit.Select(e => $"{e.Key}: {e.Value}"))}; timeouts: {timeouts}");
        output.WriteLine($"commands (count, seconds in total): {string.Join(", ", byCommand.Select(c => $"{c.Key} {c.Value.Count} {c.Value.Seconds:0.0}"))}; {compiled} valid mutants compiled from their snapshot");
        Assert.True(failures.Count == 0, $"{failures.Count} bad outcomes, first ones:\n{string.Join("\n", failures.Take(8))}");
        Assert.Equal(0, timeouts);
        Assert.DoesNotContain(1, byExit.Keys);
        Assert.True(byExit.GetValueOrDefault(2) > Mutants / 2, "too few mutants were rejected: the mutations are too weak");
        Assert.True(byExit.GetValueOrDefault(0) > Mutants / 20, "too few mutants loaded: the mutations never leave a valid scenario");
    }

    private static async Task<SimOutcome?> RunBounded(string[] args)
    {
        try
        {
            return await Task.Run(() => SimCli.RunAsync(args)).WaitAsync(PerCommand);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private IEnumerable<string[]> EveryOtherCommand(string file, int i)
    {
        var report = Path.Combine(_files.Folder, "report.html");
        var outDir = Path.Combine(_files.Folder, "out");
        yield return ["show", file];
        yield return ["show", file, "--explain", "parties.russia.reservationUtility"];
        yield return ["explain", file, "--run", "1"];
        yield return ["analyze", file, "--runs", "2"];
        yield return ["forecast", file, "--model", i % 2 == 0 ? "smp" : "compromise"];
        yield return ["sweep", file, "--param", "parties.russia.reservationUtility=0.2..0.5:2", "--runs", "2", "--in-process", "--out", outDir];
        yield return ["sensitivity", file, "--runs", "2", "--bins", "2", "--top", "1", "--in-process"];
        yield return ["compare", file, file, "--runs", "2", "--in-process"];
        yield return ["report", file, "--out", report, "--runs", "2", "--analysis-runs", "0", "--in-process"];
        yield return ["calibrate", file, "--runs", "20", "--min-accepted", "1"];
        if (i % (EveryCommandEvery * 10) == 0)
        {
            // These two start an embedded silo: a few are enough.
            yield return ["bench", file, "--runs", "4", "--batch", "2", "--repeat", "1"];
            yield return ["run", file, "--runs", "4"];
        }
    }

    /// <summary>What is wrong with an outcome, or null: exit 0 or 2, a located message on exit 2, nothing raw on the terminal.</summary>
    private static string? Problem(SimOutcome outcome)
    {
        var printed = outcome.Out + outcome.Err;
        if (outcome.ExitCode is not (0 or 2))
        {
            return $"exit {outcome.ExitCode}";
        }

        if (printed.Contains("internal error", StringComparison.Ordinal) || printed.Contains("   at ", StringComparison.Ordinal))
        {
            return "a stack trace";
        }

        var raw = printed.IndexOfAny(['\u001b', '\u009b', '\u0007', '\0', '\r', '\u202e']);
        if (raw >= 0)
        {
            return $"a raw control character (U+{(int)printed[raw]:X4}) reached the terminal";
        }

        return outcome.ExitCode == 2 && string.IsNullOrWhiteSpace(outcome.Err) ? "exit 2 without a message" : null;
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";

    /// <summary>Files a hostile `base:` or FILE can point at: outside the tree, a device, a FIFO, a folder, a link loop.</summary>
    private void PlantHostileFiles()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), "root_password: hunter2\n");
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "link-out.yaml"), Path.Combine(_outside, "secret.yaml"));
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "loop-a.yaml"), Path.Combine(_files.Folder, "loop-b.yaml"));
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "loop-b.yaml"), Path.Combine(_files.Folder, "loop-a.yaml"));
        Directory.CreateDirectory(Path.Combine(_files.Folder, "folder.yaml"));
        _files.Write("base.yaml", _files.Seed);
        using var mkfifo = Process.Start("mkfifo", Path.Combine(_files.Folder, "fifo.yaml"));
        Assert.True(mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0, "mkfifo failed");
    }

    private (string Kind, string Text, string? FileArgument) Mutate(Random random, int i)
    {
        var lines = _files.Seed.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(11))
        {
            case 0:
                lines.RemoveAt(line);
                return ("delete line", Join(lines), null);
            case 1:
                lines[line] = InsertAt(random, lines[line], Pick(random, Hostile));
                return ("junk", Join(lines), null);
            case 2:
                return ("scalar", Join(ReplaceScalar(random, lines, line, Pick(random, BigNumbers))), null);
            case 3:
                return ("markup", Join(ReplaceText(random, lines, $"\"{Pick(random, ["[red]", "[/]", "[", "]", "[[", "[link=x]y[/]", "[bold"])} {Word(random)} [\"")), null);
            case 4:
                return ("control", Join(ReplaceText(random, lines, $"\"{Pick(random, ["\\e[2J", "\\e]8;;x\\e\\\\", "\\a\\b", "\\r\\rX", "\\u009b0m", "\\u202eevil", "\\0", "\\x7f"])}{Word(random)}\"")), null);
            case 5:
                return ("base", $"base: {Pick(random, BaseTargets())}\n" + Join(lines), null);
            case 6:
                return ("big number", Join(ReplaceNumberAt(random, lines)), null);
            case 7:
                return ("long key", Join(LongKey(random, lines)), null);
            case 8:
                return ("file argument", "", Pick(random, FileArguments()));
            case 9:
                (lines[line], lines[(line + 1) % lines.Count]) = (lines[(line + 1) % lines.Count], lines[line]);
                return ("swap lines", Join(lines), null);
            default:
                lines[line] = new string(' ', random.Next(0, 7)) + lines[line].TrimStart();
                return ("indentation", Join(lines), null);
        }
    }

    private string[] BaseTargets() =>
    [
        "/etc/passwd", "/etc/passwd.yaml", "../../../../../../etc/shadow.yaml", "/dev/zero", "zero.yaml", "fifo.yaml", "folder.yaml", "link-out.yaml",
        "loop-a.yaml", "\"a\\0b.yaml\"", "\"\"", "\"\\e[2J.yaml\"", "/proc/self/environ", Path.Combine(_outside, "secret.yaml"), "base.yaml",
        "mutant-0.yaml", new string('a', 5000) + ".yaml", "[x]", "{a: b}", "12",
    ];

    private string[] FileArguments() =>
    [
        "", " ", "a\0b.yaml", "/dev/zero", "/dev/null", "/dev/urandom", Path.Combine(_files.Folder, "fifo.yaml"), Path.Combine(_files.Folder, "folder.yaml"),
        Path.Combine(_files.Folder, "zero.yaml"), Path.Combine(_files.Folder, "loop-a.yaml"), "/proc/self/environ", "\u001b[2J.yaml", "[red].yaml",
        Path.Combine(_files.Folder, "absent.yaml"), new string('x', 5000) + ".yaml", "/",
    ];

    private static List<string> ReplaceScalar(Random random, List<string> lines, int line, string value)
    {
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            lines[line] = lines[line][..(colon + 2)] + value;
        }

        return lines;
    }

    private static List<string> ReplaceText(Random random, List<string> lines, string value)
    {
        var candidates = Enumerable.Range(0, lines.Count)
            .Where(k => lines[k].Contains("label: ", StringComparison.Ordinal) || lines[k].Contains("name: ", StringComparison.Ordinal)
                || lines[k].StartsWith("title: ", StringComparison.Ordinal) || lines[k].Contains("description: ", StringComparison.Ordinal)
                || lines[k].Contains("quote: ", StringComparison.Ordinal))
            .ToList();
        var line = candidates[random.Next(candidates.Count)];
        var key = lines[line].IndexOf(": ", StringComparison.Ordinal);
        lines[line] = lines[line][..(key + 2)] + value;
        return lines;
    }

    private static List<string> ReplaceNumberAt(Random random, List<string> lines)
    {
        string[] keys = ["runs: ", "seed: ", "capability: ", "position: ", "salience: ", "statusQuo: ", "timeBudgetMinutes: ", "minutesPerRound: ", "value: ", "at: "];
        var candidates = Enumerable.Range(0, lines.Count).Where(k => keys.Any(key => lines[k].TrimStart().StartsWith(key, StringComparison.Ordinal))).ToList();
        var line = candidates[random.Next(candidates.Count)];
        return ReplaceScalar(random, lines, line, Pick(random, BigNumbers));
    }

    private static List<string> LongKey(Random random, List<string> lines)
    {
        // An explicit (`? key`) key beside an existing party or issue id: longer than YAML's implicit-key limit.
        var candidates = Enumerable.Range(0, lines.Count).Where(k => lines[k].StartsWith("  ", StringComparison.Ordinal) && !lines[k].StartsWith("   ", StringComparison.Ordinal) && lines[k].TrimEnd().EndsWith(':')).ToList();
        var line = candidates[random.Next(candidates.Count)];
        var length = Pick(random, [64, 65, 1023, 1025, 5000]);
        var key = "k" + new string(Pick(random, ['x', '_', '1']), length - 1);
        var value = random.Next(2) == 0 ? "{name: Long, role: patron}" : "{label: Long, statusQuo: 10}";
        lines.Insert(line, $"  ? {key}\n  : {value}");
        return lines;
    }

    private static string InsertAt(Random random, string line, string junk)
    {
        var at = line.Length == 0 ? 0 : random.Next(line.Length + 1);
        return line[..at] + junk + line[at..];
    }

    private static string Word(Random random) => Pick(random, ["truce", "Тиша", "停火", "🕊", "x"]);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Join(List<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();
}
