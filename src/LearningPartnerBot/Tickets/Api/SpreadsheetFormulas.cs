using System.Text;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>
/// Keeps text a spreadsheet would run as a formula from being one. Excel in Dutch or Turkish splits on ';' and a
/// reader may split on ',' whatever the quoting, so every piece a value could fall apart into is defused: one starting
/// (after spaces) with = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheets read as "this
/// is text". The CSV library escapes only a field's first character, which leaves "Jan;=1+1" a formula in such a sheet.
/// </summary>
internal static class SpreadsheetFormulas
{
    public static string Defuse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? defused = null;
        var pieceStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (pieceStart && c != ' ')
            {
                if (c is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    defused ??= new StringBuilder(value.Length + 4).Append(value, 0, i);
                    defused.Append('\'');
                }

                pieceStart = false;
            }

            defused?.Append(c);
            if (c is ',' or ';' or '\n' or '\r')
            {
                pieceStart = true;
            }
        }

        return defused?.ToString() ?? value;
    }
}
