using Simulator.Cli.Output;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>Prints where one parameter came from (`sim show FILE --explain PATH`).</summary>
internal static class ParameterExplanation
{
    public static void Write(IAnsiConsole console, Scenario scenario, string path)
    {
        var parameters = scenario.AllParameters().ToList();
        var parameter = parameters.FirstOrDefault(p => p.Path == path)
            ?? throw new UserInputException($"'{path}' is not a numeric parameter of {scenario.Id}; {Suggest(path, parameters)}");

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("path", ConsoleText.Markup(parameter.Path));
        grid.AddRow("value", ShowCommand.F(parameter.Value));
        grid.AddRow("quote", ConsoleText.Markup(parameter.Source?.Quote ?? "-"));
        grid.AddRow("where", ConsoleText.Markup(parameter.Source?.Where ?? "-"));
        grid.AddRow("note", ConsoleText.Markup(parameter.Source?.Note ?? "-"));
        grid.AddRow("confidence", parameter.Confidence is { } c ? ShowCommand.F(c) : "-");
        grid.AddRow("uncertainty", ConsoleText.Markup(Describe(parameter.Uncertainty)));
        console.Write(grid);

        if (parameter.Source is null && ContextSource(scenario, path) is { } context)
        {
            console.MarkupLine($"[dim]its red line or delegation says:[/] {ConsoleText.Markup(Provenance(context))}");
        }
    }

    // Red-line bounds carry their quote on the red line itself, not on each bound.
    private static Provenance? ContextSource(Scenario scenario, string path)
    {
        foreach (var party in scenario.Parties)
        {
            foreach (var stance in party.Stances)
            {
                if (stance.RedLine is { } redLine && (redLine.Min?.Path == path || redLine.Max?.Path == path))
                {
                    return redLine.Source;
                }
            }

            foreach (var linkage in party.Linkages)
            {
                if (linkage.AllParameters().Any(p => p.Path == path))
                {
                    return linkage.Source;
                }
            }

            foreach (var influence in party.Influences)
            {
                if (influence.Strength.Path == path)
                {
                    return influence.Source;
                }
            }
        }

        return null;
    }

    private static string Provenance(Provenance source) =>
        string.Join(" / ", new[] { source.Quote is null ? null : $"\"{source.Quote}\"", source.Where, source.Note }.OfType<string>());

    private static string Describe(Uncertainty? uncertainty) => uncertainty switch
    {
        UniformUncertainty u => $"uniform [{ShowCommand.F(u.Min)}, {ShowCommand.F(u.Max)}]",
        TriangularUncertainty t => $"triangular [{ShowCommand.F(t.Min)}, {ShowCommand.F(t.Mode)}, {ShowCommand.F(t.Max)}]",
        NormalUncertainty n => $"normal mean {ShowCommand.F(n.Mean)}, sd {ShowCommand.F(n.Sd)}, clamped to [{ShowCommand.F(n.Min)}, {ShowCommand.F(n.Max)}]",
        _ => "none (held fixed)",
    };

    private static string Suggest(string path, IReadOnlyList<Parameter> parameters)
    {
        if (DidYouMean.Closest(path, parameters.Select(p => p.Path)) is { } close)
        {
            return $"did you mean '{close}'?";
        }

        // Otherwise offer the parameters that share the longest prefix with what was typed.
        var segments = path.Split('.');
        for (var keep = segments.Length - 1; keep > 0; keep--)
        {
            var prefix = string.Join('.', segments.Take(keep)) + ".";
            var matches = parameters.Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Path).Take(12).ToList();
            if (matches.Count > 0)
            {
                return "parameters under '" + prefix.TrimEnd('.') + "': " + string.Join(", ", matches);
            }
        }

        return "parameter paths start with issues., parties. or protocol., e.g. parties.russia.capability";
    }
}
