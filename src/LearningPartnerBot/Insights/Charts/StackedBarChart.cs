using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Insights.Charts;

/// <summary>
/// Vertical bars, one per category (a day, an age bracket), each stacked from its series. Every segment carries its
/// numbers in a tooltip and in data attributes; when the bars are wide enough, each bar's total is written above it.
/// </summary>
/// <param name="axisLabels">Shorter names for the axis (e.g. "12-06" for a day), one per category; the categories themselves stay in the tooltips and data attributes.</param>
public sealed class StackedBarChart(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, IReadOnlyList<string>? axisLabels = null)
{
    private const double Width = 720;
    private const double Height = 280;
    private const double Left = 44;
    private const double Right = 12;
    private const double Top = 30;
    private const double Bottom = 46;

    /// <summary>Below this bar width the totals would overlap, so they are left to the tooltip and the table.</summary>
    private const double MinLabelledBarWidth = 16;

    public string ToSvg()
    {
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i] ?? 0)).ToList();
        var axisMax = SvgText.NiceCeiling(totals.DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = categories.Count == 0 ? plotWidth : plotWidth / categories.Count;
        var barWidth = Math.Max(1, slot * 0.8);

        var svg = SvgText.Open(new StringBuilder(), id, title, Width, Height);
        SvgText.Legend(svg, series, Left, 14);
        SvgText.ValueAxis(svg, axisMax, Left, Top, plotWidth, plotHeight);

        var labelEvery = Math.Max(1, (int)Math.Ceiling(categories.Count / (plotWidth / 48)));
        for (var c = 0; c < categories.Count; c++)
        {
            var x = Left + (c * slot) + ((slot - barWidth) / 2);
            var y = Top + plotHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-category=\"{SvgText.Escape(categories[c])}\" data-total=\"{SvgText.Number(totals[c])}\">");
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c] ?? 0;
                if (value <= 0)
                {
                    continue;
                }

                var h = value / axisMax * plotHeight;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{SvgText.Coordinate(x)}\" y=\"{SvgText.Coordinate(y)}\" width=\"{SvgText.Coordinate(barWidth)}\" height=\"{SvgText.Coordinate(h)}\" fill=\"{SvgText.Palette[s % SvgText.Palette.Count]}\" data-series=\"{SvgText.Escape(series[s].Name)}\" data-value=\"{SvgText.Number(value)}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgText.Escape(categories[c])}, {SvgText.Escape(series[s].Name)}: {SvgText.Number(value)}</title></rect>");
            }

            if (barWidth >= MinLabelledBarWidth && totals[c] > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"total\" x=\"{SvgText.Coordinate(x + (barWidth / 2))}\" y=\"{SvgText.Coordinate(y - 3)}\" text-anchor=\"middle\">{SvgText.Number(totals[c])}</text>");
            }

            svg.Append("</g>");
            if (c % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"category\" x=\"{SvgText.Coordinate(x + (barWidth / 2))}\" y=\"{SvgText.Coordinate(Top + plotHeight + 16)}\" text-anchor=\"middle\">{SvgText.Escape((axisLabels ?? categories)[c])}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }
}
