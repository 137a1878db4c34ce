using System.Globalization;
using Simulator.Domain.Forecasting;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>Console tables for `sim forecast`.</summary>
internal static class ForecastTables
{
    public static void WritePoints(IAnsiConsole console, string model, ForecastInput input, IReadOnlyList<double> values)
    {
        var table = new Table().Title($"{ConsoleText.Markup(input.Title)}: {model} forecast (0-100 scale)").AddColumn("issue").AddColumn(new TableColumn("forecast").RightAligned());
        for (var d = 0; d < input.DimensionCount; d++)
        {
            table.AddRow(ConsoleText.Markup(input.DimensionNames[d]), F(values[d]));
        }

        console.Write(table);
    }

    public static void WriteSmp(IAnsiConsole console, SmpResult result)
    {
        var input = result.Input;
        console.MarkupLine($"[bold]{ConsoleText.Markup(input.Title)}[/]: KTAB Spatial Model of Politics, {result.States.Count} states ({result.Turns.Count} turns)");
        // Plain fixed-width lines (KTAB's own layout) rather than a table: a run can have many turns.
        var width = Math.Max(5, input.Actors.Max(a => a.Name.Length));
        for (var d = 0; d < input.DimensionCount; d++)
        {
            console.WriteLine();
            console.MarkupLine($"Positions on [bold]{ConsoleText.Markup(input.DimensionNames[d])}[/], turn by turn (turn 0 is the input):");
            console.WriteLine("turn".PadRight(width) + string.Concat(result.States.Select(s => " " + s.Index.ToString(CultureInfo.InvariantCulture).PadLeft(5))));
            for (var i = 0; i < input.ActorCount; i++)
            {
                console.WriteLine(ConsoleText.Plain(input.Actors[i].Name).PadRight(width) + string.Concat(result.States.Select(s => " " + s.Positions[i][d].ToString("F1", CultureInfo.InvariantCulture).PadLeft(5))));
            }
        }

        console.WriteLine();
        var final = result.Final;

        // Issues down, outcomes across: scenarios have many issues and few distinct final positions.
        var outcomes = new Table().Title("Final positions (merged within 1e-3) and the probability each prevails").AddColumn("issue");
        for (var u = 0; u < final.UniqueRepresentatives.Count; u++)
        {
            var holders = Enumerable.Range(0, input.ActorCount).Where(i => final.GroupOf[i] == u).Select(i => input.Actors[i].Name);
            outcomes.AddColumn(new TableColumn($"p={final.UniqueProbabilities[u].ToString("F4", CultureInfo.InvariantCulture)}\n[dim]{ConsoleText.Markup(string.Join(", ", holders))}[/]").RightAligned());
        }

        for (var d = 0; d < input.DimensionCount; d++)
        {
            var cells = new List<string> { ConsoleText.Markup(input.DimensionNames[d]) };
            cells.AddRange(final.UniqueRepresentatives.Select(r => F(final.Positions[r][d])));
            outcomes.AddRow(cells.ToArray());
        }

        console.Write(outcomes);
        var forecast = new Table().Title("Forecast").AddColumn("issue").AddColumn(new TableColumn("probability-weighted").RightAligned()).AddColumn(new TableColumn("modal").RightAligned());
        var weighted = final.ProbabilityWeightedForecast();
        var modal = final.ModalForecast();
        for (var d = 0; d < input.DimensionCount; d++)
        {
            forecast.AddRow(ConsoleText.Markup(input.DimensionNames[d]), F(weighted[d]), F(modal[d]));
        }

        console.Write(forecast);
    }

    public static void WriteBdm(IAnsiConsole console, ForecastInput input, IReadOnlyList<BdmResult> results)
    {
        console.MarkupLine($"[bold]{ConsoleText.Markup(input.Title)}[/]: Bueno de Mesquita's expected-utility model (Scholz, Calbert & Smith 2011), issue by issue");
        for (var d = 0; d < input.DimensionCount; d++)
        {
            var result = results[d];
            var table = new Table().Title($"{ConsoleText.Markup(input.DimensionNames[d])}: round by round").AddColumn(new TableColumn("round").RightAligned()).AddColumn(new TableColumn("weighted mean").RightAligned()).AddColumn("offers accepted");
            foreach (var round in result.Rounds)
            {
                var offers = round.Offers.Count == 0
                    ? (round.Index == 0 ? "[dim]start[/]" : "[dim]none[/]")
                    : string.Join("\n", round.Offers.Select(o => ConsoleText.Markup($"{input.Actors[o.Receiver].Name} {Verb(o.Kind)} {input.Actors[o.Proposer].Name} -> {F(o.NewPosition)}")));
                table.AddRow(round.Index.ToString(CultureInfo.InvariantCulture), F(round.WeightedMean), offers);
            }

            console.Write(table);
        }
    }

    private static string Verb(BdmOfferKind kind) => kind switch
    {
        BdmOfferKind.Confrontation => "loses a confrontation to",
        BdmOfferKind.Compromise => "compromises with",
        _ => "capitulates to",
    };

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
