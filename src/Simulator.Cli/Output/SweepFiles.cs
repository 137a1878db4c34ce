using Simulator.Cli.Output.Charts;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output;

/// <summary>`sim sweep --out DIR`: sweep.json, sweep.csv and the chart(s) as PNG.</summary>
internal static class SweepFiles
{
    public static void Write(string directory, SweepResult sweep, Domain.MonteCarlo.ResultProvenance provenance)
    {
        var charts = SweepChart.Render(sweep);
        var issues = sweep.Points[0].Result.Issues;
        AnalystFiles.Write(
            directory,
            [("sweep.json", Reproducibility.ProvenanceJson.Attach(SweepJson.Serialize(sweep), provenance)), ("sweep.csv", SweepCsv.Write(sweep))],
            charts.Count == 1 && sweep.Axes.Count == 1
                ? [("sweep.png", charts[0].Png)]
                : charts.Select((c, i) => ($"sweep-{issues[i].Id}.png", c.Png)));
    }
}
