using System.Globalization;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>
/// The BDM oracle log: per round, the offers ("X compromises with Y", a vs b, new_pos) and the
/// "Mean position" line (index 0 is the input).
/// </summary>
internal sealed record ExampleLog(IReadOnlyList<double> Means, IReadOnlyList<IReadOnlyList<ExampleLogOffer>> Offers)
{
    public static ExampleLog Load()
    {
        var means = new List<double>();
        var offers = new List<IReadOnlyList<ExampleLogOffer>> { Array.Empty<ExampleLogOffer>() };
        var lines = File.ReadAllLines(OracleFiles.BdmExampleLog);
        List<ExampleLogOffer>? current = null;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            if (line.StartsWith("Mean position:", StringComparison.Ordinal))
            {
                means.Add(Number(line["Mean position:".Length..]));
            }
            else if (line.StartsWith("ROUND", StringComparison.Ordinal))
            {
                current = [];
                offers.Add(current);
            }
            else if (current is not null && (line.Contains(" compromises with ", StringComparison.Ordinal) || line.Contains(" loses confrontation to ", StringComparison.Ordinal) || line.Contains(" capitulates to ", StringComparison.Ordinal)))
            {
                var values = lines[l + 1].Split(" vs ");
                var newPosition = Number(lines[l + 2].Split('=')[1]);
                current.Add(new ExampleLogOffer(line.Trim(), Number(values[0]), Number(values[1]), newPosition));
            }
        }

        return new ExampleLog(means, offers);
    }

    private static double Number(string text) => double.Parse(text.Trim(), CultureInfo.InvariantCulture);
}
