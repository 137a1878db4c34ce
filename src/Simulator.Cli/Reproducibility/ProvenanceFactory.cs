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
