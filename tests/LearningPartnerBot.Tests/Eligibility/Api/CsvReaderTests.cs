using LearningPartnerBot.Eligibility.Api;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var rows = CsvReader.Read("a,\"Contoso, Ltd\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,row\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "Contoso, Ltd", "say \"hi\"", "two\nlines"], rows[0].Fields);
        Assert.Equal(["next", "row"], rows[1].Fields);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Rows_are_numbered_from_the_header_as_row_1_and_a_final_newline_adds_no_row()
    {
        var rows = CsvReader.Read("h1,h2\r\n1,2\r\n\r\n3,4\r\n");

        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Number));
        Assert.True(rows[2].IsBlank);
        Assert.Equal(["3", "4"], rows[3].Fields);
    }

    [Fact]
    public void Empty_fields_and_a_trailing_comma_are_kept()
    {
        var row = Assert.Single(CsvReader.Read("a,,c,"));

        Assert.Equal(["a", "", "c", ""], row.Fields);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_field()
    {
        var row = Assert.Single(CsvReader.Read("\uFEFFMonth,Year"));

        Assert.Equal("Month", row.Fields[0]);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_its_row()
    {
        var rows = CsvReader.Read("ok,row\n\"never closed,x\n");

        Assert.Null(rows[0].Error);
        Assert.Contains("not closed", rows[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_and_the_next_row_still_reads()
    {
        var rows = CsvReader.Read("\"abc\"def,x\nnext,row");

        Assert.Contains("closing double quote", rows[0].Error, StringComparison.Ordinal);
        Assert.Equal(["abc", "x"], rows[0].Fields);
        Assert.Equal(["next", "row"], rows[1].Fields);
    }
}
