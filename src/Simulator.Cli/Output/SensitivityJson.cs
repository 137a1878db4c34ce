using System.Text.Json;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Output;

/// <summary>The JSON form of a sensitivity report (camelCase, like `sim run --format json`).</summary>
internal static class SensitivityJson
{
    public static string Serialize(SensitivityReport report) => JsonSerializer.Serialize(report, ExperimentJson.Options);
}
