using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Insights.Charts;

/// <summary>
/// One horizontal bar per row (a topic), stacked from its series, with the row's name on the left and each series'
/// number written after the bar: fits long names, and reads as a ranking when the rows come sorted.
/// </summary>
public sealed class HorizontalBarChart(string id, string title, IReadOnlyList<string> rows, IReadOnlyList<ChartSeries> series)
{
    private const double Width = 720;
    private const double Left = 260;
    private const double Right = 120;
    private const double Top = 30;
    private const double RowHeight = 24;

    public string ToSvg()
    {
        var totals = rows.Select((_, i) => series.Sum(s => s.Values[i] ?? 0)).ToList();
        var axisMax = SvgText.NiceCeiling(totals.DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var height = Top + (Math.Max(1, rows.Count) * RowHeight) + 10;

        var svg = SvgText.Open(new StringBuilder(), id, title, Width, height);
        SvgText.Legend(svg, series, Left, 14);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + (r * RowHeight);
            var x = Left;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-category=\"{SvgText.Escape(rows[r])}\" data-total=\"{SvgText.Number(totals[r])}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"category\" x=\"{SvgText.Coordinate(Left - 6)}\" y=\"{SvgText.Coordinate(y + 15)}\" text-anchor=\"end\">{SvgText.Escape(rows[r])}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[r] ?? 0;
                if (value <= 0)
                {
                    continue;
                }

                var w = value / axisMax * plotWidth;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{SvgText.Coordinate(x)}\" y=\"{SvgText.Coordinate(y + 3)}\" width=\"{SvgText.Coordinate(w)}\" height=\"{SvgText.Coordinate(RowHeight - 6)}\" fill=\"{SvgText.Palette[s % SvgText.Palette.Count]}\" data-series=\"{SvgText.Escape(series[s].Name)}\" data-value=\"{SvgText.Number(value)}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgText.Escape(rows[r])}, {SvgText.Escape(series[s].Name)}: {SvgText.Number(value)}</title></rect>");
                x += w;
            }

            var numbers = string.Join(" / ", series.Select(s => SvgText.Number(s.Values[r] ?? 0)));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{SvgText.Coordinate(x + 6)}\" y=\"{SvgText.Coordinate(y + 15)}\">{numbers}</text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }
}
