using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Api;
using LearningPartnerBot.Tickets.Data;

namespace LearningPartnerBot.Tests.Tickets.Api;

/// <summary>
/// Staff open the export in Excel, which in Dutch and Turkish splits cells on ';' as well as on ','. A requester name
/// must stay one harmless cell whichever separator the spreadsheet uses: no piece of it may start a formula.
/// </summary>
public sealed class TicketCsvTests
{
    [Theory]
    [InlineData("Jan;=1+1", "\"Jan;'=1+1\"")]
    [InlineData("Ana,+SUM(A1:A9)", "\"Ana,'+SUM(A1:A9)\"")]
    [InlineData("Piet; @cmd", "\"Piet; '@cmd\"")]
    [InlineData("Zeynep;-2+3", "\"Zeynep;'-2+3\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "\"'=HYPERLINK(\"\"https://evil.example\"\")\"")]
    [InlineData("   =1+1", "\"   '=1+1\"")]
    [InlineData("Ana\n@SUM(1)", "\"Ana\n'@SUM(1)\"")]
    [InlineData("Ana\r=1", "\"Ana\r'=1\"")]
    [InlineData("a,b;c", "\"a,b;c\"")]
    public void Every_piece_of_a_name_that_could_start_a_formula_is_defused(string name, string expected)
    {
        var row = Rows(Ticket(name))[1];

        Assert.Contains("," + expected + ",", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan-Willem de Vries")]
    [InlineData("Ayşe Yılmaz")]
    [InlineData("Ana (Contoso), EMEA")]
    public void An_ordinary_name_is_kept_as_written_in_one_quoted_cell(string name)
    {
        var row = Rows(Ticket(name))[1];

        Assert.Contains(",\"" + name + "\",", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_role_and_assignee_are_defused_like_the_name()
    {
        var ticket = Ticket("Ana");
        ticket.RequesterEmail = "+1@evil.example";
        ticket.RequesterRole = "-admin";
        ticket.Assignee = "@ops";

        var row = Rows(ticket)[1];

        Assert.Contains(",\"'+1@evil.example\",\"'-admin\",\"'@ops\",", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_and_each_ticket_are_one_crlf_terminated_record()
    {
        var csv = TicketCsv.Write([Ticket("Ana"), Ticket("Jan")]);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        var rows = Rows(Ticket("Ana"));
        Assert.Equal(string.Join(",", TicketCsv.Header.Select(h => $"\"{h}\"")), rows[0]);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("\"LP-2026-0001\",\"general\",", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"2026-03-02T09:00:00Z\",\"2026-03-02T09:00:00Z\",\"\",\"no\"", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_field_is_quoted_empty_ones_included()
    {
        var rows = Rows(Ticket("Ana"));

        Assert.All(rows, row => Assert.True(row.StartsWith('"') && row.EndsWith('"'), row));
        Assert.Contains(",\"\",", rows[1], StringComparison.Ordinal);
    }

    private static string[] Rows(Ticket ticket) => TicketCsv.Write([ticket]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static Ticket Ticket(string requesterName) => new()
    {
        Reference = "LP-2026-0001",
        Type = TicketType.General,
        PartnerMpnId = "1234567",
        RequesterId = "29:user-1",
        RequesterName = requesterName,
        Locale = "nl-NL",
        PayloadJson = "{}",
        ConversationReferenceJson = "{}",
        SourceChannelId = "msteams",
        SourceActivityId = "1",
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
    };
}
