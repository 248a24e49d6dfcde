using System.Globalization;
using CsvHelper;
using LearningPartnerBot.Staff.Api;
using LearningPartnerBot.Tickets.Data;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>The queue as RFC 4180 CSV that opens safely in a spreadsheet.</summary>
internal static class TicketCsv
{
    public const string ContentType = "text/csv";

    public static readonly string[] Header =
        ["Reference", "Type", "Status", "Partner", "Requester", "Email", "Role", "Assignee", "Locale", "Created", "Updated", "Company", "Partner stated by requester"];

    /// <summary>
    /// Every field quoted, so no separator inside a value splits it in a reader that honours quotes; requester names,
    /// emails and assignees come from outside the team, so each is defused against formulas first.
    /// </summary>
    private static readonly CsvWriterOptions Options = new() { Quoting = CsvQuoting.Always };

    public static string Write(IEnumerable<Ticket> tickets)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            WriteRecord(csv, Header);
            foreach (var t in tickets)
            {
                WriteRecord(csv,
                [
                    t.Reference, ApiValues.Name(t.Type), ApiValues.Name(t.Status), t.PartnerMpnId, t.RequesterName, t.RequesterEmail,
                    t.RequesterRole, t.Assignee, t.Locale, Timestamp(t.CreatedAt), Timestamp(t.UpdatedAt),
                    t.PartnerName, t.PartnerStatedByRequester ? "yes" : "no",
                ]);
            }
        }

        return text.ToString();
    }

    private static void WriteRecord(CsvWriter csv, IEnumerable<string?> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(SpreadsheetFormulas.Defuse(field ?? string.Empty));
        }

        csv.EndRecord();
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
