using System.Globalization;
using System.Text;
using LearningPartnerBot.Staff.Api;
using LearningPartnerBot.Tickets.Data;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>The queue as RFC 4180 CSV that opens safely in a spreadsheet.</summary>
internal static class TicketCsv
{
    public const string ContentType = "text/csv";

    public static readonly string[] Header =
        ["Reference", "Type", "Status", "Partner", "Requester", "Email", "Role", "Assignee", "Locale", "Created", "Updated"];

    public static string Write(IEnumerable<Ticket> tickets)
    {
        var csv = new StringBuilder();
        AppendLine(csv, Header);
        foreach (var t in tickets)
        {
            AppendLine(csv,
            [
                t.Reference, ApiValues.Name(t.Type), ApiValues.Name(t.Status), t.PartnerMpnId, t.RequesterName, t.RequesterEmail,
                t.RequesterRole, t.Assignee, t.Locale, Timestamp(t.CreatedAt), Timestamp(t.UpdatedAt),
            ]);
        }

        return csv.ToString();
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every field quoted, so no separator inside a value splits it in a reader that honours quotes. Excel in Dutch
    /// or Turkish splits on ';' and a reader may split on ',' regardless, so every piece a value could fall apart into
    /// is defused: one starting (after spaces) with = + - @, a tab or a carriage return gets a leading apostrophe,
    /// which spreadsheets read as "this is text". Requester names, emails and assignees come from outside the team.
    /// </summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "\"\"";
        }

        var field = new StringBuilder(value.Length + 4).Append('"');
        var segmentStart = true;
        foreach (var c in value)
        {
            if (segmentStart && c != ' ')
            {
                if (c is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    field.Append('\'');
                }

                segmentStart = false;
            }

            field.Append(c == '"' ? "\"\"" : c.ToString());
            if (c is ',' or ';' or '\n' or '\r')
            {
                segmentStart = true;
            }
        }

        return field.Append('"').ToString();
    }
}
