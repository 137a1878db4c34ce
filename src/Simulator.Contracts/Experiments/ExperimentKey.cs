using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Simulator.Contracts.Experiments;

/// <summary>
/// The content key of an experiment: a SHA-256 of the snapshot, the overrides, the seed and the
/// runs (not the batch size, which never changes the result). A client that reruns the same command
/// after it died uses the same key, so it attaches to the experiment still running, or receives its
/// stored result, instead of starting over.
/// </summary>
public static class ExperimentKey
{
    public static string Of(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"runs={spec.Runs}\nseed={spec.Seed}\n");
        if (spec.Kind != ExperimentKind.Scenario)
        {
            text.Append(CultureInfo.InvariantCulture, $"kind={spec.Kind}\n");
        }

        foreach (var o in spec.Overrides)
        {
            text.Append(CultureInfo.InvariantCulture, $"set {o.Path}={o.Value:R}\n");
        }

        text.Append("snapshot\n").Append(spec.ScenarioSnapshot);
        return "x-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
