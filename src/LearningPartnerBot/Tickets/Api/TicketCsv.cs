using System.Globalization;
using System.Text;
using LearningPartnerBot.Eligibility.Api;
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

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Requester names come from partners; a leading = + - @ would run as a formula when staff open the file.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
