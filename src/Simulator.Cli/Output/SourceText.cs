using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output;

/// <summary>A parameter's provenance in one line: the quote and where it is from, else the judgment note.</summary>
internal static class SourceText
{
    public static string Of(Provenance? source)
    {
        if (source is null)
        {
            return "(no source given)";
        }

        if (source.Quote is { } quote)
        {
            return source.Where is { } where ? $"\"{quote}\" ({where})" : $"\"{quote}\"";
        }

        return source.Note ?? "(no source given)";
    }
}
