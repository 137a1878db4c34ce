using Simulator.Cli.Output.Charts;
using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Output;

/// <summary>`sim sensitivity --out DIR`: sensitivity.json, sensitivity.csv and one tornado PNG per issue.</summary>
internal static class SensitivityFiles
{
    public static void Write(string directory, SensitivityReport report, Domain.MonteCarlo.ResultProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(report);
        AnalystFiles.Write(
            directory,
            [("sensitivity.json", Reproducibility.ProvenanceJson.Attach(SensitivityJson.Serialize(report), provenance)), ("sensitivity.csv", SensitivityCsv.Write(report))],
            report.Issues.Select((issue, i) => ($"tornado-{issue.Issue}.png", TornadoChart.Render(report, i))));
    }
}
