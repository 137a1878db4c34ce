using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Reproducibility;

/// <summary>Builds the <see cref="Domain.MonteCarlo.ResultProvenance"/> every command's JSON carries.</summary>
internal static partial class ProvenanceFactory
{
    /// <summary>How many base: files are followed at most (the loader refuses deeper chains anyway).</summary>
    private const int MaxChain = 16;

    public static Domain.MonteCarlo.ResultProvenance For(string command, string file, string resolvedYaml, Scenario scenario, IReadOnlyList<string> sets, int? runs, ulong? seed) =>
        new(
            command,
            file,
            Sha256(resolvedYaml),
            Overlays(file),
            [.. sets],
            runs,
            seed,
            Protocol(scenario.Protocol.Kind),
            SimVersion,
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>The provenance of a command that read <paramref name="resolved"/> from <paramref name="file"/> with <paramref name="sets"/>.</summary>
    public static Domain.MonteCarlo.ResultProvenance For(string command, string file, Domain.Scenarios.Loading.ResolvedScenario resolved, IReadOnlyList<string> sets, int? runs, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        return For(command, Shown(file), resolved.Yaml, resolved.Scenario, sets, runs, seed);
    }

    /// <summary>Reads the scenario again for its provenance (commands that load it several times over for their experiments).</summary>
    public static Domain.MonteCarlo.ResultProvenance ForFile(string command, Commands.ScenarioSettings settings, int? runs, ulong? seed, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = file ?? settings.File;
        return For(command, path, Domain.Scenarios.Loading.ScenarioLoader.LoadResolved(path, settings.Sets, settings.BaseRoot), settings.Sets, runs, seed);
    }

    /// <summary>
    /// The provenance of a series: the series file's own text is what is hashed (its rounds are
    /// overlays it names, resolved as it is read), and the protocol is its first round's.
    /// </summary>
    public static Domain.MonteCarlo.ResultProvenance ForSeries(string command, string file, Domain.Series.CompiledSeries series, IReadOnlyList<string> sets, int? runs, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(series);
        return For(command, Shown(file), File.ReadAllText(file), series.Rounds[0].Scenario.Scenario, sets, runs, seed);
    }

    /// <summary>The provenance of an input that is not a scenario (a KTAB CSV): its file's SHA-256, no overlays, sets, runs or protocol.</summary>
    public static Domain.MonteCarlo.ResultProvenance ForForeignInput(string command, string file, string format) =>
        new(
            command,
            file,
            Sha256(File.ReadAllText(file)),
            [file],
            [],
            null,
            null,
            $"none ({format} input)",
            SimVersion,
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static string Shown(string file) => Domain.Scenarios.Loading.ScenarioLoader.IsStandardInput(file) ? Domain.Scenarios.Loading.ScenarioLoader.StandardInput : file;

    /// <summary>The assembly's informational version: the version and, after '+', the commit it was built from.</summary>
    public static string SimVersion { get; } =
        typeof(ProvenanceFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Protocol(ProtocolKind kind) => kind == ProtocolKind.AlternatingOffers ? "alternating-offers" : "mediated-single-text";

    /// <summary>The file itself, then each base: it names, down to the root scenario (paths as the chain reaches them).</summary>
    public static IReadOnlyList<string> Overlays(string file)
    {
        var chain = new List<string> { file };
        var current = file;
        for (var step = 0; step < MaxChain; step++)
        {
            string text;
            try
            {
                text = File.ReadAllText(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                break;
            }

            var match = BaseLine().Match(text);
            if (!match.Success)
            {
                break;
            }

            var name = match.Groups["name"].Value.Trim('"', '\'');
            current = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? ".", name)));
            if (chain.Contains(current, StringComparer.Ordinal))
            {
                break;
            }

            chain.Add(current);
        }

        return chain;
    }

    [GeneratedRegex(@"^base:\s*(?<name>[^\s#]+)", RegexOptions.Multiline)]
    private static partial Regex BaseLine();
}
