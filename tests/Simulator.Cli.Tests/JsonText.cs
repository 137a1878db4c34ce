using System.Text.RegularExpressions;

namespace Simulator.Cli.Tests;

/// <summary>Helpers for comparing two commands' JSON byte for byte.</summary>
internal static partial class JsonText
{
    /// <summary>
    /// The JSON with its provenance's creation time blanked: two runs of the same experiment agree in
    /// every byte but the second in which each was made.
    /// </summary>
    public static string WithoutCreationTime(string json) => CreatedAt().Replace(json, "\"createdAt\": \"-\"");

    [GeneratedRegex("\"createdAt\": \"[^\"]*\"")]
    private static partial Regex CreatedAt();
}
