using System.Globalization;
using System.Xml.Linq;
using LearningPartnerBot.Insights.Charts;

namespace LearningPartnerBot.Tests.Insights;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_stacked_bar_chart_draws_each_segment_with_its_value_and_each_bar_with_its_total()
    {
        var svg = Parse(new StackedBarChart(
            "t",
            "Tickets per day",
            ["2026-12-01", "2026-12-02", "2026-12-03"],
            [new ChartSeries("KPI", [2, 0, 5]), new ChartSeries("General", [1, 3, null])]).ToSvg());

        var bars = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar").ToList();
        Assert.Equal(["2026-12-01", "2026-12-02", "2026-12-03"], bars.Select(b => (string)b.Attribute("data-category")!));
        Assert.Equal(["3", "3", "5"], bars.Select(b => (string)b.Attribute("data-total")!));
        Assert.Equal(["3", "3", "5"], bars.Select(b => b.Elements(Svg + "text").Single().Value));
        Assert.Equal(
            ["KPI=2", "General=1", "General=3", "KPI=5"],
            bars.SelectMany(b => b.Elements(Svg + "rect")).Select(r => $"{r.Attribute("data-series")!.Value}={r.Attribute("data-value")!.Value}"));
        Assert.Equal("Tickets per day", svg.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Segment_heights_are_in_proportion_to_their_values_on_a_round_axis()
    {
        var svg = Parse(new StackedBarChart("t", "x", ["a", "b"], [new ChartSeries("s", [7, 14])]).ToSvg());

        var heights = svg.Descendants(Svg + "rect").Where(r => r.Attribute("data-value") is not null)
            .Select(r => double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture)).ToList();
        var axisLabels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "axis").Elements(Svg + "text").Select(t => t.Value);

        Assert.Equal(2 * heights[0], heights[1], precision: 0);
        Assert.Equal(["0", "5", "10", "15", "20"], axisLabels);
    }

    [Fact]
    public void A_line_chart_marks_each_known_value_and_breaks_the_line_at_a_missing_one()
    {
        var svg = Parse(new LineChart("m", "Median hours", ["d1", "d2", "d3", "d4", "d5"], [new ChartSeries("Median hours", [1.5, 2, null, 4, 3])]).ToSvg());

        var points = svg.Descendants(Svg + "circle").Select(c => $"{c.Attribute("data-category")!.Value}={c.Attribute("data-value")!.Value}");
        var lines = svg.Descendants(Svg + "polyline").Select(p => p.Attribute("points")!.Value.Split(' ').Length);

        Assert.Equal(["d1=1.5", "d2=2", "d4=4", "d5=3"], points);
        Assert.Equal([2, 2], lines);
    }

    [Fact]
    public void A_horizontal_bar_chart_names_each_row_and_writes_its_numbers()
    {
        var svg = Parse(new HorizontalBarChart("v", "Votes", ["gold", "silver"], [new ChartSeries("👍", [4, 0]), new ChartSeries("👎", [1, 2])]).ToSvg());

        var rows = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar").ToList();
        Assert.Equal(["gold", "silver"], rows.Select(r => r.Elements(Svg + "text").First().Value));
        Assert.Equal(["4 / 1", "0 / 2"], rows.Select(r => r.Elements(Svg + "text").Last().Value));
        Assert.Equal(["👍=4", "👎=1", "👎=2"], rows.SelectMany(r => r.Elements(Svg + "rect")).Select(r => $"{r.Attribute("data-series")!.Value}={r.Attribute("data-value")!.Value}"));
    }

    [Fact]
    public void Labels_from_data_are_escaped()
    {
        var markup = new HorizontalBarChart("x", "<b>title</b>", ["<script>alert(1)</script>"], [new ChartSeries("a&b", [1])]).ToSvg();

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", Parse(markup).Descendants(Svg + "g").First(g => (string?)g.Attribute("class") == "bar").Attribute("data-category")!.Value);
    }

    private static XDocument Parse(string svg) => XDocument.Parse(svg);
}
