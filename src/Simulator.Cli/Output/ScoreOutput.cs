using System.Globalization;
using System.Text;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scoring;
using Spectre.Console;

namespace Simulator.Cli.Output;

/// <summary>The table and CSV forms of a <see cref="ScoreCard"/>.</summary>
internal static class ScoreOutput
{
    public static void Table(IAnsiConsole console, ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(card);
        var items = new Table().Border(TableBorder.Rounded)
            .Title($"The model against the record ({card.Issues} issues in {card.Experiments} experiments; hit = called right at p >= {F(card.Threshold)})")
            .AddColumn("scenario").AddColumn(new TableColumn("issue").NoWrap()).AddColumn("record")
            .AddColumn(new TableColumn("p(agreed)").RightAligned()).AddColumn("hit").AddColumn(new TableColumn("Brier").RightAligned());
        string? last = null;
        foreach (var i in card.Items)
        {
            // The file's name without its folder keeps the column narrow; the CSV and JSON give the path.
            var name = Path.GetFileNameWithoutExtension(i.File);
            var where = i.Round is null ? name : $"{name} ({i.Round})";
            items.AddRow(
                where == last ? "" : ConsoleText.Markup(where),
                ConsoleText.Markup(i.Label),
                ConsoleText.Markup(ObservedText.Of(new ObservedResult(i.ObservedAgreed, null, i.Grade), null)),
                P(i.Probability),
                i.Hit ? "[green]hit[/]" : "[red]miss[/]",
                F(i.Brier, "0.000"));
            last = where;
        }

        console.Write(items);
        var summary = new Table().Border(TableBorder.Simple).Title("Over all files (lower Brier and log score are better)")
            .AddColumn("forecaster").AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("Brier").RightAligned()).AddColumn(new TableColumn("log score").RightAligned());
        summary.AddRow("[bold]the model[/]", P(card.Accuracy), F(card.Brier, "0.000"), F(card.LogScore, "0.000"));
        foreach (var b in card.Baselines)
        {
            summary.AddRow(ConsoleText.Markup($"{b.Name} (p = {F(b.Probability)})"), P(b.Accuracy), F(b.Brier, "0.000"), F(b.LogScore, "0.000"));
        }

        console.Write(summary);
        console.MarkupLine(ConsoleText.Markup(
            $"{card.ObservedAgreed} of {card.Issues} recorded issues count as agreed. Log score: mean -ln of the probability given to what happened, probabilities clamped to [{F(card.LogClamp)}, {F(1 - card.LogClamp)}]."));
        var bins = new Table().Border(TableBorder.Simple).Title("Calibration (predicted probability bins against how often history agreed)")
            .AddColumn("predicted").AddColumn(new TableColumn("issues").RightAligned())
            .AddColumn(new TableColumn("mean predicted").RightAligned()).AddColumn(new TableColumn("observed agreed").RightAligned());
        foreach (var bin in card.Calibration.Where(b => b.Count > 0))
        {
            bins.AddRow($"{P(bin.Low)}-{P(bin.High)}", bin.Count.ToString(CultureInfo.InvariantCulture), P(bin.MeanProbability!.Value), P(bin.ObservedFrequency!.Value));
        }

        console.Write(bins);
    }

    public static string Csv(ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var sb = new StringBuilder("file,round,scenario,issue,grade,observedAgreed,probability,runs,predictedAgreed,hit,brier,logScore\n");
        foreach (var i in card.Items)
        {
            CsvText.Row(
                sb,
                i.File, i.Round ?? "", i.Scenario, i.Issue, i.Grade ?? "", B(i.ObservedAgreed), CsvText.F(i.Probability),
                i.Runs.ToString(CultureInfo.InvariantCulture), B(i.PredictedAgreed), B(i.Hit), CsvText.F(i.Brier), CsvText.F(i.LogScore));
        }

        return sb.ToString();
    }

    private static string B(bool b) => b ? "true" : "false";

    private static string P(double p) => p.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string F(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);
}
