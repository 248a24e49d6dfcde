using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>Reads the staff pages' tables and charts the way a test needs them: one row's cells, one bar's total.</summary>
internal static partial class PageTables
{
    /// <summary>The data cells of the row headed <paramref name="rowHeader"/> in the table with id <paramref name="tableId"/>.</summary>
    public static IReadOnlyList<string> Row(string page, string tableId, string rowHeader)
    {
        var table = Section(page, $"id=\"{tableId}\"", "</table>");
        var row = Regex.Match(table, $"<tr>\\s*<th scope=\"row\">{Regex.Escape(rowHeader)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"The table {tableId} has no row {rowHeader}.");
        return [.. Cell().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value.Trim())];
    }

    /// <summary>The row headers of a table, in order.</summary>
    public static IReadOnlyList<string> RowHeaders(string page, string tableId) =>
        [.. RowHeader().Matches(Section(page, $"id=\"{tableId}\"", "</table>")).Select(m => m.Groups[1].Value)];

    /// <summary>The total an SVG chart (by its id) writes on the bar of <paramref name="category"/>, or null when it has no bar there.</summary>
    public static string? BarTotal(string page, string chartId, string category)
    {
        var chart = Section(page, $"aria-labelledby=\"{chartId}-title\"", "</svg>");
        var bar = Regex.Match(chart, $"data-category=\"{Regex.Escape(category)}\" data-total=\"([^\"]*)\"");
        return bar.Success ? bar.Groups[1].Value : null;
    }

    public static string Section(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"The page has no {start}.");
        var to = page.IndexOf(end, from, StringComparison.Ordinal);
        return page[from..(to < 0 ? page.Length : to)];
    }

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<th scope=\"row\">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex RowHeader();
}
