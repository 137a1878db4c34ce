using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Domain.Classroom;
using Simulator.Domain.Scenarios;

namespace Simulator.Web.Classroom;

/// <summary>
/// Each principal's concession path as an inline SVG chart: per round the share of its possible gain
/// the draft offered (solid, a filled dot where it accepted the whole text, a ring where it rejected)
/// and the share its model insisted on (dashed). Labels are HTML-encoded; nothing external is loaded.
/// </summary>
public static class ConcessionChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 44;
    private const int Right = 130;
    private const int Top = 16;
    private const int Bottom = 36;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

    public static string Svg(IReadOnlyList<ConcessionPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var rounds = Math.Max(1, paths.Select(p => p.Points.Count).DefaultIfEmpty(0).Max());
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"Concession paths\" style=\"max-width:{Width}px;font:12px sans-serif\">"));
        for (var k = 0; k <= 4; k++)
        {
            var share = k / 4.0;
            var y = Y(share);
            sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{ScaleText.Percent(share)}</text>"));
        }

        for (var r = 0; r < rounds; r++)
        {
            sb.Append(Inv($"<text x=\"{X(r, rounds):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{r + 1}</text>"));
        }

        sb.Append(Inv($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 4}\" text-anchor=\"middle\">round</text>"));
        for (var i = 0; i < paths.Count; i++)
        {
            var colour = Colours[i % Colours.Length];
            var points = paths[i].Points;
            sb.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select((p, r) => Inv($"{X(r, rounds):0.#},{Y(p.DraftShare):0.#}")))}\"/>"));
            sb.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" points=\"{string.Join(' ', points.Select((p, r) => Inv($"{X(r, rounds):0.#},{Y(p.Aspiration):0.#}")))}\"/>"));
            for (var r = 0; r < points.Count; r++)
            {
                sb.Append(Inv($"<circle cx=\"{X(r, rounds):0.#}\" cy=\"{Y(points[r].DraftShare):0.#}\" r=\"4\" fill=\"{(points[r].Accepted ? colour : "white")}\" stroke=\"{colour}\" stroke-width=\"2\"/>"));
            }

            var legendY = Top + 14 + (i * 36);
            sb.Append(Inv($"<line x1=\"{Width - Right + 10}\" y1=\"{legendY}\" x2=\"{Width - Right + 30}\" y2=\"{legendY}\" stroke=\"{colour}\" stroke-width=\"2\"/><text x=\"{Width - Right + 34}\" y=\"{legendY + 4}\">{WebUtility.HtmlEncode(paths[i].Name)}: offered</text>"));
            sb.Append(Inv($"<line x1=\"{Width - Right + 10}\" y1=\"{legendY + 16}\" x2=\"{Width - Right + 30}\" y2=\"{legendY + 16}\" stroke=\"{colour}\" stroke-dasharray=\"5 4\"/><text x=\"{Width - Right + 34}\" y=\"{legendY + 20}\">insisted on</text>"));
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static double X(int round, int rounds) => rounds <= 1 ? (Left + Width - Right) / 2.0 : Left + 10 + ((Width - Right - Left - 20) * round / (double)(rounds - 1));

    private static double Y(double share) => Top + ((Height - Top - Bottom) * (1 - Math.Clamp(share, 0, 1)));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
