using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Insights.Charts;

/// <summary>
/// Lines over categories (days), one per series, with a marker per value; a missing value breaks the line rather than
/// drawing it through zero. Each marker carries its number in a tooltip and data attributes.
/// </summary>
/// <param name="axisLabels">Shorter names for the axis (e.g. "12-06" for a day), one per category; the categories themselves stay in the tooltips and data attributes.</param>
public sealed class LineChart(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, IReadOnlyList<string>? axisLabels = null)
{
    private const double Width = 720;
    private const double Height = 260;
    private const double Left = 44;
    private const double Right = 12;
    private const double Top = 30;
    private const double Bottom = 40;

    public string ToSvg()
    {
        var axisMax = SvgText.NiceCeiling(series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = categories.Count == 0 ? plotWidth : plotWidth / categories.Count;

        var svg = SvgText.Open(new StringBuilder(), id, title, Width, Height);
        SvgText.Legend(svg, series, Left, 14);
        SvgText.ValueAxis(svg, axisMax, Left, Top, plotWidth, plotHeight);

        double X(int c) => Left + (c * slot) + (slot / 2);
        double Y(double v) => Top + plotHeight - (v / axisMax * plotHeight);

        for (var s = 0; s < series.Count; s++)
        {
            var colour = SvgText.Palette[s % SvgText.Palette.Count];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"line\" data-series=\"{SvgText.Escape(series[s].Name)}\">");
            var run = new List<string>();
            for (var c = 0; c <= categories.Count; c++)
            {
                if (c < categories.Count && series[s].Values[c] is { } value)
                {
                    run.Add(SvgText.Coordinate(X(c)) + "," + SvgText.Coordinate(Y(value)));
                    continue;
                }

                if (run.Count > 1)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', run)}\"/>");
                }

                run.Clear();
            }

            for (var c = 0; c < categories.Count; c++)
            {
                if (series[s].Values[c] is { } value)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{SvgText.Coordinate(X(c))}\" cy=\"{SvgText.Coordinate(Y(value))}\" r=\"3\" fill=\"{colour}\" data-category=\"{SvgText.Escape(categories[c])}\" data-value=\"{SvgText.Number(value)}\">");
                    svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgText.Escape(categories[c])}, {SvgText.Escape(series[s].Name)}: {SvgText.Number(value)}</title></circle>");
                }
            }

            svg.Append("</g>");
        }

        var labelEvery = Math.Max(1, (int)Math.Ceiling(categories.Count / (plotWidth / 48)));
        for (var c = 0; c < categories.Count; c += labelEvery)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"category\" x=\"{SvgText.Coordinate(X(c))}\" y=\"{SvgText.Coordinate(Top + plotHeight + 16)}\" text-anchor=\"middle\">{SvgText.Escape((axisLabels ?? categories)[c])}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
