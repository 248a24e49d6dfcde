using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Insights.Charts;

/// <summary>The small pieces every chart writer needs: escaping, invariant numbers, axis steps and the palette.</summary>
internal static class SvgText
{
    /// <summary>Distinguishable with the common colour-vision deficiencies, and dark enough for white value labels.</summary>
    public static readonly IReadOnlyList<string> Palette = ["#0b4f9c", "#c05600", "#107c10", "#8764b8", "#a4262c", "#4f6bed"];

    /// <summary>Escaped for SVG text and attribute values: labels may come from data.</summary>
    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Coordinates with one decimal: enough for the eye, short in the page.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A round axis maximum at or above <paramref name="max"/> (1, 2 or 5 times a power of ten), and 1 for an empty chart.</summary>
    public static double NiceCeiling(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in (double[])[1, 2, 5, 10])
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    public static StringBuilder Open(StringBuilder svg, string id, string title, double width, double height)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Coordinate(width)} {Coordinate(height)}\" width=\"{Coordinate(width)}\" height=\"{Coordinate(height)}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        return svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title>");
    }

    /// <summary>A legend row of coloured squares and series names, starting at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series, double x, double y)
    {
        svg.Append("<g class=\"legend\">");
        for (var i = 0; i < series.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Coordinate(x)}\" y=\"{Coordinate(y - 10)}\" width=\"10\" height=\"10\" fill=\"{Palette[i % Palette.Count]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(x + 14)}\" y=\"{Coordinate(y)}\">{Escape(series[i].Name)}</text>");
            x += 24 + (series[i].Name.Length * 7);
        }

        svg.Append("</g>");
    }

    /// <summary>Five horizontal grid lines from 0 to <paramref name="axisMax"/> with their values on the left.</summary>
    public static void ValueAxis(StringBuilder svg, double axisMax, double left, double top, double plotWidth, double plotHeight)
    {
        svg.Append("<g class=\"axis\" aria-hidden=\"true\">");
        for (var i = 0; i <= 4; i++)
        {
            var value = axisMax * i / 4;
            var y = top + plotHeight - (plotHeight * i / 4);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Coordinate(left)}\" x2=\"{Coordinate(left + plotWidth)}\" y1=\"{Coordinate(y)}\" y2=\"{Coordinate(y)}\" stroke=\"#c8c6c4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(left - 6)}\" y=\"{Coordinate(y + 4)}\" text-anchor=\"end\">{Number(value)}</text>");
        }

        svg.Append("</g>");
    }
}
