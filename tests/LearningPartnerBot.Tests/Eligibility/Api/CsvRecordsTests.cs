using LearningPartnerBot.Eligibility.Api;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public class CsvRecordsTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var rows = CsvRecords.Read("a,\"Contoso, Ltd\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,row\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "Contoso, Ltd", "say \"hi\"", "two\nlines"], rows[0].Fields);
        Assert.Equal(["next", "row"], rows[1].Fields);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Rows_are_numbered_from_the_header_as_row_1_and_a_final_newline_adds_no_row()
    {
        var rows = CsvRecords.Read("h1,h2\r\n1,2\r\n\r\n3,4\r\n");

        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Number));
        Assert.True(rows[2].IsBlank);
        Assert.Equal(["3", "4"], rows[3].Fields);
    }

    [Fact]
    public void Empty_fields_and_a_trailing_comma_are_kept()
    {
        var row = Assert.Single(CsvRecords.Read("a,,c,"));

        Assert.Equal(["a", "", "c", ""], row.Fields);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_field()
    {
        var row = Assert.Single(CsvRecords.Read("\uFEFFMonth,Year"));

        Assert.Equal("Month", row.Fields[0]);
    }

    [Fact]
    public void A_semicolon_is_part_of_a_value_not_a_separator()
    {
        var row = Assert.Single(CsvRecords.Read("Contoso;EMEA,2"));

        Assert.Equal(["Contoso;EMEA", "2"], row.Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_its_row()
    {
        var rows = CsvRecords.Read("ok,row\n\"never closed,x\n");

        Assert.Null(rows[0].Error);
        Assert.Contains("not closed", rows[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_on_its_row_after_a_blank_line_and_the_next_row_still_reads()
    {
        var rows = CsvRecords.Read("h1,h2\n\n\"abc\"def,x\nnext,row");

        Assert.Equal([null, null], rows.Take(2).Select(r => r.Error));
        Assert.Equal(3, rows[2].Number);
        Assert.Contains("closing double quote", rows[2].Error, StringComparison.Ordinal);
        Assert.Equal(2, rows[2].Fields.Count);
        Assert.Equal(["next", "row"], rows[3].Fields);
        Assert.Null(rows[3].Error);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_value_is_text_as_in_a_spreadsheet()
    {
        var row = Assert.Single(CsvRecords.Read("12\" display,1"));

        Assert.Null(row.Error);
        Assert.Equal(["12\" display", "1"], row.Fields);
    }
}
