namespace Simulator.Domain.Tests.Series;

/// <summary>Writes series files into a temporary folder whose rounds point at the shipped seeds.</summary>
internal sealed class SeriesFiles : IDisposable
{
    public const string Shipped = "scenarios/istanbul-2025-series.yaml";

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"sim-series-{Guid.NewGuid():N}");

    public SeriesFiles() => System.IO.Directory.CreateDirectory(Directory);

    /// <summary>The path of a shipped seed relative to the temporary folder, for a round's scenario: key.</summary>
    public string Seed(string name) => Path.GetRelativePath(Directory, RepositoryFiles.PathOf($"seeds/{name}")).Replace('\\', '/');

    /// <summary>Writes a two-round series (16 May, 2 June) with <paramref name="extra"/> appended under series:, and returns its path.</summary>
    public string TwoRounds(string jun02Extra = "", string seriesExtra = "")
    {
        var text = $"""
            id: two
            title: Two rounds
            series:
              rounds:
                may16:
                  scenario: {Seed("istanbul-2025-05-16.yaml")}
                jun02:
                  scenario: {Seed("istanbul-2025-06-02.yaml")}
                  daysAfterPrevious: 17
            {Indent(jun02Extra, 6)}
            {Indent(seriesExtra, 2)}

            """;
        var path = Path.Combine(Directory, "two.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));
}
